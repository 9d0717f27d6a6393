import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** Paths the single-page app must never shadow. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|auth)(\/|$)/;

/**
 * Serves the built web app, with index.html for the app's own routes, and the API explorer at
 * /graphiql unless `explorer` is false (production, where introspection is off); null when
 * the app is not built.
 */
export function webAppRoutes(webRoot: string, options: { explorer: boolean }): Router | null {
  const index = path.join(webRoot, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  const explorer = path.join(webRoot, 'graphiql.html');
  if (options.explorer && existsSync(explorer)) router.get('/graphiql', (_req, res) => res.sendFile(explorer));
  else router.get(['/graphiql', '/graphiql.html'], (_req, res) => res.status(404).type('text').send('Not found'));
  router.use(express.static(webRoot, { index: false, maxAge: '1h' }));
  router.get('/{*path}', (req, res, next) => {
    if (SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
