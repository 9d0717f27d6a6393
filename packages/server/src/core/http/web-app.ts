import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** Paths the single-page app must never shadow. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|auth)(\/|$)/;

/** Serves the built web app, with index.html for the app's own routes; null when not built. */
export function webAppRoutes(webRoot: string): Router | null {
  const index = path.join(webRoot, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  router.use(express.static(webRoot, { index: false, maxAge: '1h' }));
  router.get('/{*path}', (req, res, next) => {
    if (SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
