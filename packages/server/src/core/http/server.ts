import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphQLContext, ServerSettings } from '../graphql/context';
import { createErrorFormatter, errorLoggingPlugin } from '../graphql/format-error';
import { Loaders } from '../graphql/loaders';
import { countStatements } from '../db/statement-counter';
import { DEFAULT_QUERY_LIMITS, queryLimits, tokenLimit, type QueryLimits } from '../graphql/limits';
import type { Logger } from '../log/logger';
import { redactUrl } from '../log/redact-url';
import { MAX_INPUT_ERRORS } from '../graphql/operation-input';
import { healthRoutes, type Readiness } from './health';
import { graphqlHttpErrors, lastErrorHandler } from './http-errors';
import { jsonBody } from './json-body';
import { graphqlRateLimiter } from './rate-limit';
import { requestId } from './request-id';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers';
import { subscriptionServer, type SocketAuthenticator } from './subscriptions';
import { webAppRoutes } from './web-app';

export interface ServerOptions {
  dataSource: DataSource;
  logger: Logger;
  schema: GraphQLSchema;
  /** Who sends the request: null when anonymous; throws an UNAUTHENTICATED error for bad credentials. */
  authenticate(req: Request): Promise<Viewer | null>;
  /** Routers of the domains (files, sign-in …), mounted before /graphql and the web app. */
  routes?: Router[];
  /** The Content Security Policy's extra form targets, HSTS over https. */
  securityHeaders?: SecurityHeaderOptions;
  /** Requests to /graphql per window for one token, user or anonymous IP address; none when absent or 0. */
  rateLimit?: { windowMs: number; limit: number };
  /** The built web app to serve at `/`, if any. */
  webRoot?: string;
  /** How long in-flight requests may take to finish on shutdown. */
  shutdownTimeoutMs: number;
  production: boolean;
  /** Adds `X-Sql-Statements` to each response (tests and benchmarks; off in production). */
  countStatements?: boolean;
  /** Bounds on operations; the defaults suit the web app and scripts. */
  queryLimits?: QueryLimits;
  /**
   * The proxies whose X-Forwarded-For names the client (rate limits, logs); loopback only when
   * absent, none when empty. Anyone else's header is ignored, so it cannot pick its own address.
   */
  trustProxy?: string[];
  /** Settings the API tells its clients (the upload limit …). */
  settings?: ServerSettings;
  /** Who opens a WebSocket for subscriptions at /graphql; no WebSocket server when absent. */
  authenticateSocket?: SocketAuthenticator;
  /** How often an open WebSocket's session or token is checked again; every minute unless given. */
  socketRecheckMs?: number;
}

export interface LiaisonServer {
  app: Express;
  httpServer: Server;
  readiness: Readiness;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops taking requests, lets the in-flight ones finish, then closes the HTTP server. */
  stop(): Promise<void>;
}

export async function createLiaisonServer(options: ServerOptions): Promise<LiaisonServer> {
  const { dataSource, logger } = options;
  const app = express();
  const httpServer = createServer(app);
  const readiness: Readiness = { draining: false };

  app.disable('x-powered-by');
  const trustProxy = options.trustProxy ?? ['loopback'];
  app.set('trust proxy', trustProxy.length > 0 ? trustProxy : false);
  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      // Every line logged while serving a request carries its id at the top level.
      quietReqLogger: true,
      // The sign-in callback's URL carries a one-time code: logs show such values redacted.
      serializers: {
        req: (req: { url?: string; query?: unknown }) => ({ ...req, url: redactUrl(req.url), query: undefined }),
        res: (res: { headers?: Record<string, unknown> }) =>
          res.headers?.location
            ? { ...res, headers: { ...res.headers, location: redactUrl(String(res.headers.location)) } }
            : res,
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(securityHeaders(options.securityHeaders));
  app.use(healthRoutes(dataSource, readiness));
  for (const router of options.routes ?? []) app.use(router);

  const limits = queryLimits(options.schema, options.queryLimits, options.production);
  const subscriptions = options.authenticateSocket
    ? [
        subscriptionServer({
          httpServer,
          schema: options.schema,
          dataSource,
          logger,
          authenticate: options.authenticateSocket,
          validationRules: limits.validationRules,
          maxTokens: (options.queryLimits ?? DEFAULT_QUERY_LIMITS).maxTokens,
          settings: options.settings ?? {},
          recheckMs: options.socketRecheckMs,
        }),
      ]
    : [];
  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    validationRules: limits.validationRules,
    // Stack traces go to the logs only, in every mode.
    includeStacktraceInErrorResponses: false,
    // A request that is neither a JSON POST must show it was sent by a script, not a form of
    // another site: a bearer token counts, as no site can make a browser send one.
    csrfPrevention: { requestHeaders: ['authorization', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    // The limits' own check (operation-input.ts) finds bad variables first; this bounds what
    // execution would report, should any get through.
    executionOptions: { maxCoercionErrors: MAX_INPUT_ERRORS },
    // main.ts handles SIGTERM and SIGINT (drain, close the database, log, exit); Apollo's own
    // handlers would stop it concurrently and let the process end before that is done.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(options.production),
    plugins: [
      errorLoggingPlugin(),
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownTimeoutMs }),
      ...subscriptions,
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of API answers; without this, Apollo wraps every field's resolver to collect cache hints.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // Authenticated once per request, for the rate limiter's key and for the resolvers.
  const viewers = new WeakMap<Request, Promise<Viewer | null>>();
  const viewerOf = (req: Request) => {
    if (!viewers.has(req)) viewers.set(req, options.authenticate(req));
    return viewers.get(req)!;
  };
  if (options.countStatements) app.use('/graphql', countStatements());
  if (options.rateLimit?.limit) app.use('/graphql', graphqlRateLimiter(dataSource, options.rateLimit, viewerOf));
  app.use(
    '/graphql',
    jsonBody(),
    tokenLimit((options.queryLimits ?? DEFAULT_QUERY_LIMITS).maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: String(req.id),
        dataSource,
        logger: req.log,
        viewer: await viewerOf(req),
        loaders: new Loaders(),
        settings: options.settings ?? {},
      }),
    }),
    graphqlHttpErrors(),
  );

  if (options.webRoot) {
    const web = webAppRoutes(options.webRoot, { explorer: !options.production });
    if (web) app.use(web);
  }
  app.use(lastErrorHandler());

  return {
    app,
    httpServer,
    readiness,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve(httpServer.address() as AddressInfo);
        });
      });
    },
    async stop() {
      readiness.draining = true;
      await apollo.stop();
    },
  };
}
