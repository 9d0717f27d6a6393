import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../app/apollo/createApolloClient';
import { SessionContext, type Session } from '../app/session/sessionContext';
import { theme } from '../app/theme';

export const EDITOR_SESSION: Session = {
  user: { id: 'user-1', name: 'Eddie Editor', email: 'eddie@example.org', role: 'EDITOR' },
  demo: true,
  canEdit: true,
  isAdmin: false,
};

export interface RenderOptions {
  /** Answers of the mocked API (Apollo's MockedProvider: component tests only). */
  mocks?: MockLink.MockedResponse[];
  /** The URL the page is shown at, and the route pattern it answers (for useParams). */
  route?: string;
  path?: string;
  session?: Session;
}

/** Renders a component as the app would: Apollo (mocked), Mantine, a router and a session. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], route = '/', path = '*', session = EDITOR_SESSION } = options;
  // No CSS pointer-events check per event: jsdom computes styles slowly, and Mantine sets none that matter.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <SessionContext.Provider value={session}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
              <Route path="*" element={<p>Elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </SessionContext.Provider>
      </MantineProvider>
    </MockedProvider>,
  );
  return { user, ...result };
}
