import type { Request } from 'express';

/**
 * Whether a browser sent this request from another site: `Sec-Fetch-Site: cross-site`, or an
 * `Origin` that is neither this server's (as the request names it) nor one of `allowed`.
 * Requests without either header (scripts, old browsers) are not judged here.
 */
export function isCrossSite(req: Request, allowed: readonly string[]): boolean {
  const site = req.get('sec-fetch-site');
  if (site === 'cross-site') return true;
  // Browsers set this header themselves (pages cannot); with `Referrer-Policy: no-referrer` a
  // same-origin form post carries `Origin: null`, which alone would look foreign.
  if (site === 'same-origin') return false;
  const origin = req.get('origin');
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  return origin !== `${req.protocol}://${req.host}` && !allowed.includes(origin);
}
