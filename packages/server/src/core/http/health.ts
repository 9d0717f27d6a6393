import type { Request, Response, Router } from 'express';
import express from 'express';
import type { DataSource } from 'typeorm';

export interface Readiness {
  /** Set when the process has started shutting down: load balancers should stop sending work. */
  draining: boolean;
}

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

async function checkDatabase(dataSource: DataSource): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database did not answer in time')), DATABASE_CHECK_TIMEOUT_MS);
  });
  try {
    if (!dataSource.isInitialized) return 'database connection is closed';
    await Promise.race([dataSource.query('SELECT 1'), timeout]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** `/healthz`: is this instance able to serve (its database answers)? `/readyz`: should it get traffic? */
export function healthRoutes(dataSource: DataSource, readiness: Readiness): Router {
  const router = express.Router();
  router.get('/healthz', async (req: Request, res: Response) => {
    const problem = await checkDatabase(dataSource);
    if (problem) {
      req.log.warn({ problem }, 'health check failed');
      res.status(503).json({ status: 'error', database: 'error', error: problem });
      return;
    }
    res.json({ status: 'ok', database: 'ok' });
  });
  router.get('/readyz', (_req: Request, res: Response) => {
    if (readiness.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    res.json({ status: 'ready' });
  });
  return router;
}
