import { createLogger } from '../src/core/log/logger';
import { createLiaisonServer, type LiaisonServer } from '../src/core/http/server';
import { buildAppSchema } from '../src/schema';
import type { TestDatabase } from './database';

export interface TestServer {
  url: string;
  server: LiaisonServer;
  stop(): Promise<void>;
}

/** The real HTTP server on an ephemeral port of the loopback interface. */
export async function startTestServer(db: TestDatabase): Promise<TestServer> {
  const server = await createLiaisonServer({
    dataSource: db.dataSource,
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
    schema: await buildAppSchema(),
    shutdownTimeoutMs: 1_000,
    production: false,
  });
  const address = await server.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${address.port}`, server, stop: () => server.stop() };
}

/** Posts a GraphQL operation and returns the parsed body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}
