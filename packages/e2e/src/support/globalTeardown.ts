import { stopServer } from './server';
import { serverHolder } from './serverHolder';

/** Once after all suites: stops the server the setup started. */
export default async function globalTeardown(): Promise<void> {
  const { server } = serverHolder();
  if (server) await stopServer(server);
}
