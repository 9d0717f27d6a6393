/** The server under test, started by the global setup (or given by hand in E2E_BASE_URL). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the tests with `npm run test:e2e`');
  return url.replace(/\/$/, '');
}
