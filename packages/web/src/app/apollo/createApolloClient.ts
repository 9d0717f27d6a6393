import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { reportSessionExpired } from '../session/sessionEvents';
import { isUnauthenticated } from './isUnauthenticated';
import { typePolicies } from './typePolicies';

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

/**
 * The one client of the app: same-origin /graphql with the session cookie. Apollo sends
 * `Content-Type: application/json`, which the server's CSRF prevention asks of mutations.
 * An UNAUTHENTICATED answer anywhere means the session ended: the app offers to sign in again.
 */
export function createApolloClient(): ApolloClient {
  const sessionLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) reportSessionExpired();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
  });
}
