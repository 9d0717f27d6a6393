import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import type { LiveConnection } from '../live/liveConnection';
import { reportSessionExpired } from '../session/sessionEvents';
import { isUnauthenticated } from './isUnauthenticated';
import { typePolicies } from './typePolicies';

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/**
 * The one client of the app: same-origin /graphql with the session cookie. Apollo sends
 * `Content-Type: application/json`, which the server's CSRF prevention asks of mutations.
 * Subscriptions go over the live connection's WebSocket, at the same path.
 * An UNAUTHENTICATED answer anywhere means the session ended: the app offers to sign in again.
 */
export function createApolloClient(live: LiveConnection): ApolloClient {
  const sessionLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) reportSessionExpired();
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, ApolloLink.split(isSubscription, live.link, http)]),
    cache: createCache(),
  });
}
