import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

type Listener = () => void;

/** The app's WebSocket for subscriptions, and who wants to know when it comes back after a cut. */
export interface LiveConnection {
  link: GraphQLWsLink;
  /** Calls `listener` each time the socket is open again after being lost; returns the unsubscribe. */
  onReconnected(listener: Listener): () => void;
}

/** `ws(s)://<this host>/graphql`: the session cookie goes with it, and the server checks the Origin. */
function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** The server closes with 4403 when the session has ended: signing in again is the way back, not retrying. */
const isForbidden = (event: unknown) => (event as { code?: unknown } | null)?.code === 4403;

/**
 * Opened on the first subscription and closed shortly after the last; retried without end (with
 * graphql-ws's growing, jittered delays) so that a restarted server or a lost network is survived.
 */
export function createLiveConnection(): LiveConnection {
  const listeners = new Set<Listener>();
  const client = createClient({
    url: socketUrl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: Infinity,
    shouldRetry: (event) => !isForbidden(event),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) for (const listener of listeners) listener();
      },
    },
  });
  return {
    link: new GraphQLWsLink(client),
    onReconnected(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
