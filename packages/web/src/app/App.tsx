import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/createApolloClient';
import { createLiveConnection } from './live/liveConnection';
import { LiveUpdatesContext } from './live/LiveUpdatesContext';
import { routes } from './router/routes';
import { SessionExpiredNotice } from './session/SessionExpiredNotice';
import { SessionProvider } from './session/SessionProvider';
import { cssVariablesResolver, theme } from './theme';

/**
 * The providers, outermost first: data, look (light or dark as the system says until the person
 * chooses in My settings; the choice is kept in localStorage), notifications and dialogs, session, routes.
 */
export function App() {
  const [live] = useState(createLiveConnection);
  const [client] = useState(() => createApolloClient(live));
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ApolloProvider client={client}>
      <LiveUpdatesContext.Provider value={live}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
          <Notifications position="top-right" />
          <SessionExpiredNotice />
          <ModalsProvider>
            <SessionProvider>
              <RouterProvider router={router} />
            </SessionProvider>
          </ModalsProvider>
        </MantineProvider>
      </LiveUpdatesContext.Provider>
    </ApolloProvider>
  );
}
