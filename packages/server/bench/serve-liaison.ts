/* eslint-disable no-console -- a benchmark reports on the console */
/**
 * Liaison's server in a process of its own for the API benchmark, so that its memory is its own
 * and its start is timed from the process's start: answers `{ url, readyMs }` over IPC once it
 * listens, then its resident memory (`'rss'`) and CPU time (`'cpu'`) when asked, and stops on `'stop'`.
 */
import 'reflect-metadata';
import { createAppDataSource } from '../src/database';
import { createLiaisonServer } from '../src/core/http/server';
import { createLogger } from '../src/core/log/logger';
import { createAuthenticator } from '../src/authenticate';
import { buildAppSchema } from '../src/schema';

async function main(): Promise<void> {
  const dataSource = createAppDataSource({
    url: process.env.BENCH_DATABASE_URL!,
    poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
  });
  await dataSource.initialize();
  const server = await createLiaisonServer({
    dataSource,
    logger: createLogger('silent'),
    schema: await buildAppSchema(),
    authenticate: createAuthenticator(dataSource),
    shutdownTimeoutMs: 1000,
    production: true,
    countStatements: process.env.BENCH_COUNT_STATEMENTS === 'true',
  });
  const { port } = await server.listen(0, '127.0.0.1');
  process.send!({ url: `http://127.0.0.1:${port}/graphql`, readyMs: Math.round(process.uptime() * 1000) });
  process.on('message', (message: string) => {
    if (message === 'rss') process.send!({ rss: process.memoryUsage().rss });
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
    if (message === 'stop') void server.stop().then(() => dataSource.destroy().then(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
