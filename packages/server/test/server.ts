import { createLogger, type Logger } from '../src/core/log/logger';
import { createLiaisonServer, type LiaisonServer } from '../src/core/http/server';
import { createAuthenticator, createSocketAuthenticator, type TokenAuthentication } from '../src/authenticate';
import { startLive } from '../src/modules/live/live';
import type { SignInConfig } from '../src/core/config/sign-in-config';
import { createSignIn } from '../src/sign-in';
import { reportExportRoutes } from '../src/modules/report/report-export.routes';
import { dashboardExportRoutes } from '../src/modules/dashboard/dashboard-export.routes';
import { calendarRoutes } from '../src/modules/calendar/calendar.routes';
import { documentFileRoutes } from '../src/modules/document/document-files.routes';
import { importRoutes } from '../src/modules/import/import.routes';
import { buildAppSchema } from '../src/schema';
import type { TestDatabase } from './database';

export interface TestServer {
  url: string;
  server: LiaisonServer;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Sign-in settings over the defaults: the built-in demo provider, default timeouts. */
  signIn?: Partial<SignInConfig>;
  /** Rate limits (requests per window); none unless given. */
  rateLimit?: { windowMs: number; graphql?: number; auth?: number };
  /** The largest file a document may carry (UPLOAD_MAX_MB), in bytes; the server's default unless given. */
  uploadMaxBytes?: number;
  /** The proxies whose X-Forwarded-For is believed; the server's default (loopback) unless given. */
  trustProxy?: string[];
  /** Where the logs go; silent unless LOG_LEVEL is set. */
  logger?: Logger;
  /**
   * How long a checked API token's viewer is kept; none unless given, so that a test sees every
   * change of role, team or token at once (`token-cache.api.test.ts` tests the cache itself).
   */
  tokens?: TokenAuthentication;
  /** Live updates: subscriptions over WebSocket at /graphql, fed by the database's commits (through Redis when given). */
  live?: boolean | { redis: { url: string; channel: string } };
}

const DEFAULT_SIGN_IN: SignInConfig = {
  session: { idleTimeoutMs: 120 * 60_000, absoluteTimeoutMs: 7 * 24 * 3_600_000 },
  claims: { adminEmails: [] },
};

/**
 * The real HTTP server on an ephemeral port of the loopback interface, with sign-in through the
 * built-in demo provider at `${url}/oidc` unless `signIn.oidc` names another.
 */
export async function startTestServer(db: TestDatabase, options: TestServerOptions = {}): Promise<TestServer> {
  const logger = options.logger ?? createLogger(process.env.LOG_LEVEL ?? 'silent');
  let url = '';
  const { rateLimit } = options;
  const signIn = createSignIn({
    dataSource: db.dataSource,
    logger,
    config: { ...DEFAULT_SIGN_IN, ...options.signIn },
    publicUrl: () => url,
    production: false,
    rateLimit: rateLimit?.auth ? { windowMs: rateLimit.windowMs, limit: rateLimit.auth } : undefined,
  });
  const authenticate = createAuthenticator(db.dataSource, signIn.sessions, options.tokens ?? { cacheMs: 0 });
  const schema = await buildAppSchema();
  const stopLive = options.live
    ? await startLive(db.dataSource, { logger, redis: options.live === true ? undefined : options.live.redis })
    : async () => {};
  const server = await createLiaisonServer({
    dataSource: db.dataSource,
    logger,
    schema,
    authenticate,
    authenticateSocket: options.live
      ? createSocketAuthenticator(db.dataSource, signIn.sessions, options.tokens ?? { cacheMs: 0 })
      : undefined,
    socketRecheckMs: 200,
    routes: [
      ...signIn.routes,
      documentFileRoutes(db.dataSource, authenticate, { maxBytes: options.uploadMaxBytes }),
      reportExportRoutes(db.dataSource, schema, authenticate),
      dashboardExportRoutes(db.dataSource, schema, authenticate),
      calendarRoutes(db.dataSource, authenticate),
      importRoutes(db.dataSource, authenticate),
    ],
    securityHeaders: { formActionOrigins: signIn.formActionOrigins },
    rateLimit: rateLimit?.graphql ? { windowMs: rateLimit.windowMs, limit: rateLimit.graphql } : undefined,
    shutdownTimeoutMs: 1_000,
    production: false,
    countStatements: true,
    trustProxy: options.trustProxy,
    settings: { uploadMaxBytes: options.uploadMaxBytes },
  });
  const address = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    server,
    async stop() {
      await server.stop();
      await stopLive();
    },
  };
}

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
}

/** Posts a GraphQL operation, with an API token when given, and returns the parsed body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** Runs an operation that must succeed and returns its data, or fails the test with the errors. */
export async function ok<T = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { status, body } = await graphql<T>(url, query, variables, token);
  if (body.errors?.length || status !== 200) {
    throw new Error(`GraphQL ${status}: ${JSON.stringify(body.errors, null, 2)}`);
  }
  return body.data as T;
}

/** The first error of an operation that must fail. */
export async function failure(
  url: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ message: string; code: unknown; extensions: Record<string, unknown>; status: number }> {
  const { status, body } = await graphql(url, query, variables, token);
  const error = body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
  return { message: error.message, code: error.extensions?.code, extensions: error.extensions ?? {}, status };
}
