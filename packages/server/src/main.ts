import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './core/config/config';
import { isEmbedded } from './core/db/data-source';
import { migrateUp } from './core/db/migrate';
import { createLiaisonServer } from './core/http/server';
import { createLogger, type Logger } from './core/log/logger';
import { createAuthenticator, createSocketAuthenticator } from './authenticate';
import { startLive } from './modules/live/live';
import { createSignIn } from './sign-in';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { reportExportRoutes } from './modules/report/report-export.routes';
import { dashboardExportRoutes } from './modules/dashboard/dashboard-export.routes';
import { documentFileRoutes } from './modules/document/document-files.routes';
import { importRoutes } from './modules/import/import.routes';
import { startImportRunner } from './modules/import/import-runner';
import { createAppDataSource } from './database';
import { buildAppSchema } from './schema';
import { seedIfEmpty } from './seed/seed';
import { currentGraph } from './modules/graph/graph-store';
import { ensureDemoUsers } from './modules/demo-idp/demo-users';

const WEB_ROOT = path.resolve(__dirname, '../../web/dist');

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);

  const dataSource = createAppDataSource(config.database);
  await dataSource.initialize();
  const applied = await migrateUp(dataSource);
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  const embedded = isEmbedded(dataSource);
  if (embedded && config.demoData) {
    await seedIfEmpty(dataSource, (message) => logger.info(message));
  }

  let port = config.port;
  const signIn = createSignIn({
    dataSource,
    logger,
    config: config.signIn,
    publicUrl: () => config.signIn.publicUrl ?? `http://localhost:${port}`,
    production: config.env === 'production',
    rateLimit: { windowMs: config.rateLimit.windowMs, limit: config.rateLimit.auth },
  });
  if (signIn.demo) {
    const made = await ensureDemoUsers(dataSource);
    if (made > 0) logger.info({ users: made }, 'demo users made, to be picked before their first sign-in');
  }
  const authenticate = createAuthenticator(dataSource, signIn.sessions);
  const schema = await buildAppSchema();
  const stopLive = await startLive(dataSource, { logger, redis: config.live.redis });
  const server = await createLiaisonServer({
    dataSource,
    logger,
    schema,
    authenticate,
    authenticateSocket: createSocketAuthenticator(dataSource, signIn.sessions),
    routes: [
      ...signIn.routes,
      documentFileRoutes(dataSource, authenticate, { maxBytes: config.uploadMaxBytes }),
      reportExportRoutes(dataSource, schema, authenticate),
      dashboardExportRoutes(dataSource, schema, authenticate),
      calendarRoutes(dataSource, authenticate),
      importRoutes(dataSource, authenticate),
    ],
    securityHeaders: {
      https: config.signIn.publicUrl?.startsWith('https:') ?? false,
      formActionOrigins: signIn.formActionOrigins,
    },
    rateLimit: { windowMs: config.rateLimit.windowMs, limit: config.rateLimit.graphql },
    trustProxy: config.trustProxy,
    settings: { uploadMaxBytes: config.uploadMaxBytes },
    webRoot: WEB_ROOT,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    production: config.env === 'production',
  });
  const address = await server.listen(config.port, config.host);
  port = address.port;
  logger.info(
    {
      port: address.port,
      database: embedded ? `embedded (${config.database.dataDir})` : 'postgres',
      signIn: signIn.demo ? 'demo (built-in provider, demo users only)' : config.signIn.oidc!.issuer,
    },
    `Liaison is listening on http://localhost:${address.port}`,
  );

  // The relationship graph is read into memory now rather than on the first graph request.
  const graphStart = Date.now();
  currentGraph(dataSource).then(
    () => logger.info({ ms: Date.now() - graphStart }, 'relationship graph loaded'),
    (error: unknown) => logger.error({ err: error }, 'relationship graph not loaded; the first graph request retries'),
  );

  // Queued imports, and those a stopped server left running, go on here.
  const stopImports = startImportRunner(dataSource, (error) => logger.error({ err: error }, 'an import failed to run'));

  stopOnSignal(
    logger,
    async () => {
      await Promise.all([stopImports(), server.stop()]);
      await stopLive();
      await dataSource.destroy();
    },
    config.shutdownTimeoutMs,
  );
}

/** Exits once the last log lines are written (stdout is asynchronous). */
function exitAfterLogs(logger: Logger, code: number): void {
  logger.flush(() => process.exit(code));
}

function stopOnSignal(logger: Logger, stop: () => Promise<void>, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // A last resort, should draining hang; the grace period itself is enforced by the server.
    setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, timeoutMs + 5_000).unref();
    stop().then(
      () => {
        logger.info('stopped');
        exitAfterLogs(logger, 0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exitAfterLogs(logger, 1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Liaison could not start: ${message}\n`);
  process.exit(1);
});
