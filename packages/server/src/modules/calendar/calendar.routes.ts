import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { exportCalendar } from './calendar-export';

type Authenticate = (req: Request) => Promise<Viewer | null>;

const DAY = 86_400_000;
/** The longest range one export covers. */
export const MAX_EXPORT_DAYS = 3 * 366;

function fail(res: Response, status: number, code: string, message: string, fields?: Record<string, string[]>) {
  res.status(status).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** A `from`/`to` query parameter: an ISO date or date-time, or the default when absent. */
function dateParameter(value: unknown, fallback: Date): Date | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `GET /calendar.ics?from=&to=`: the signed-in user's own activities (owned or taken part in)
 * that happen in [from, to) as iCalendar, by default from 90 days ago to a year ahead. The same
 * credentials as the API (session cookie or API token) and the same visibility rule.
 */
export function calendarRoutes(dataSource: DataSource, authenticate: Authenticate): Router {
  const router = Router();
  router.get('/calendar.ics', async (req, res) => {
    try {
      const viewer = await authenticate(req);
      if (!viewer) return fail(res, 401, 'UNAUTHENTICATED', 'You must sign in or send an API token');
      const now = Date.now();
      const from = dateParameter(req.query.from, new Date(now - 90 * DAY));
      const to = dateParameter(req.query.to, new Date(now + 365 * DAY));
      const fields: Record<string, string[]> = {};
      if (!from) fields.from = ['must be an ISO 8601 date or date-time'];
      if (!to) fields.to = ['must be an ISO 8601 date or date-time'];
      else if (from && to <= from) fields.to = ['must be after from'];
      else if (from && to.getTime() - from.getTime() > MAX_EXPORT_DAYS * DAY) {
        fields.to = [`must be at most ${MAX_EXPORT_DAYS} days after from`];
      }
      if (!from || !to || Object.keys(fields).length) {
        return fail(res, 400, 'BAD_USER_INPUT', 'Bad date range', fields);
      }
      const body = await exportCalendar(dataSource, viewer, from, to);
      res.status(200);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="liaison.ics"');
      res.setHeader('Cache-Control', 'private, no-store');
      res.end(body);
    } catch (error) {
      req.log?.error({ err: error }, 'unexpected error in a calendar export');
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
