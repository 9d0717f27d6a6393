import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What a subscription received so far, and a way to wait for more. */
interface Received<T> {
  events: T[];
  /** Resolves once `count` events have come (rejects after `timeoutMs`). */
  atLeast(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves once an event passes `test`. */
  until(test: (event: T) => boolean, timeoutMs?: number): Promise<T[]>;
  /** The error that ended the subscription, once it has. */
  error(timeoutMs?: number): Promise<unknown>;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  subscribe<T>(query: string, variables?: Record<string, unknown>): Received<T>;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

const wait = (test: () => boolean, timeoutMs: number, what: string) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (test()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(check, 10);
    };
    check();
  });

/** A graphql-ws client of the server at `url`, with an API token or with a cookie and an Origin header, as a browser sends them. */
export function liveClient(url: string, auth: { token?: string; cookie?: string; origin?: string } = {}): LiveClient {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.origin) headers.origin = auth.origin;
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onClosed: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: HeaderSocket,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : undefined,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): Received<T> {
      const events: T[] = [];
      let failure: unknown = null;
      let ended = false;
      const stop = client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) failure = result.errors;
            else if (result.data) events.push(Object.values(result.data)[0]);
          },
          error: (error) => {
            failure = error;
            ended = true;
          },
          complete: () => (ended = true),
        },
      );
      return {
        events,
        async atLeast(count, timeoutMs = 5_000) {
          await wait(() => events.length >= count || failure !== null, timeoutMs, `${count} events`);
          if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
          return events;
        },
        async until(test, timeoutMs = 5_000) {
          await wait(() => events.some(test) || failure !== null, timeoutMs, 'the event');
          if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
          return events;
        },
        async error(timeoutMs = 5_000) {
          await wait(() => failure !== null || ended, timeoutMs, 'an error');
          return failure;
        },
        stop,
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
