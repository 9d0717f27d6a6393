import { startServer } from './server';
import { serverHolder } from './serverHolder';

/** Once before all suites: the server, whose address the tests read from E2E_BASE_URL. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return; // A server started by hand: use it as it is.
  const server = await startServer();
  serverHolder().server = server;
  process.env.E2E_BASE_URL = server.url;
}
