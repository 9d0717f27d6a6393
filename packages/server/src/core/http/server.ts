import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphQLContext } from '../graphql/context';
import { createErrorFormatter, errorLoggingPlugin } from '../graphql/format-error';
import { Loaders } from '../graphql/loaders';
import type { Logger } from '../log/logger';
import { healthRoutes, type Readiness } from './health';
import { requestId } from './request-id';
import { webAppRoutes } from './web-app';

export interface ServerOptions {
  dataSource: DataSource;
  logger: Logger;
  schema: GraphQLSchema;
  /** Who sends the request: null when anonymous; throws an UNAUTHENTICATED error for bad credentials. */
  authenticate(req: Request): Promise<Viewer | null>;
  /** The built web app to serve at `/`, if any. */
  webRoot?: string;
  /** How long in-flight requests may take to finish on shutdown. */
  shutdownTimeoutMs: number;
  production: boolean;
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
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(helmet());
  app.use(healthRoutes(dataSource, readiness));

  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.production),
    plugins: [
      errorLoggingPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: String(req.id),
        dataSource,
        logger: req.log,
        viewer: await options.authenticate(req),
        loaders: new Loaders(),
      }),
    }),
  );

  if (options.webRoot) {
    const web = webAppRoutes(options.webRoot);
    if (web) app.use(web);
  }

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
