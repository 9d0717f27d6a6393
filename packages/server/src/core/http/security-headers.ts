import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** Served over https: adds HSTS and upgrades insecure requests. */
  https?: boolean;
  /** Origins that forms may submit to besides this one (the identity provider, for logout). */
  formActionOrigins?: string[];
}

/**
 * Helmet with a strict Content Security Policy: everything from this origin only, no inline or
 * injected script (Vite builds the web app into files; oidc-provider adds the hash of its one
 * auto-submit script itself), no plugins, no framing, forms only to here and the provider.
 * Inline styles stay allowed, as in helmet's defaults: React component libraries (GraphiQL's
 * dialogs among them) inject <style> elements, and styles cannot run code.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", ...(options.formActionOrigins ?? [])],
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
