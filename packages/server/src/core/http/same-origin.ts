import type { Request } from 'express';

/**
 * Whether a browser sent this request from another site: `Sec-Fetch-Site: cross-site`, or an
 * `Origin` that is neither this server's (as the request names it) nor one of `allowed`.
 * Requests without either header (scripts, old browsers) are not judged here.
 */
export function isCrossSite(req: Request, allowed: readonly string[]): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  return origin !== `${req.protocol}://${req.host}` && !allowed.includes(origin);
}
