import { Router, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError } from '../../core/graphql/errors';
import { dashboardForExport, parsePeriod, type ExportFilters } from './dashboard-export';
import { dashboardPdf, dashboardPng, dashboardSvg } from './dashboard-render';

type Authenticate = (req: Request) => Promise<Viewer | null>;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, BAD_USER_INPUT: 400 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' } as const;
type Format = keyof typeof TYPES;

function fail(res: Response, code: string, message: string, fields?: unknown) {
  res.status(STATUS[code] ?? 500).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** One value or a comma-separated list of `?name=`, each checked. */
function listParam(req: Request, name: string, check: RegExp, what: string): string[] | undefined {
  const raw = req.query[name];
  if (raw == null) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(',')).filter(Boolean);
  const bad = values.find((value) => !check.test(value));
  if (bad !== undefined) throw BadUserInputError.field(name, `must be ${what}`);
  return values;
}

/**
 * The filters of the query string, as the dashboard page names them (`period`, `team`, `country`,
 * `tag`, each one value or a comma-separated list) and the reader's `timeZone`; each one not
 * given is the dashboard's own, each one given empty is none.
 */
function filtersOf(req: Request): Partial<ExportFilters> {
  const filters: Partial<ExportFilters> = {};
  const { period, timeZone } = req.query;
  // `?period=` given empty: no period, each report its own (not the dashboard's).
  if (typeof period === 'string') filters.period = period ? parsePeriod(period) : null;
  const teamIds = listParam(req, 'team', UUID, 'team ids');
  const countries = listParam(req, 'country', /^[A-Z]{2}$/, 'two-letter country codes (ISO 3166-1)');
  const tagIds = listParam(req, 'tag', UUID, 'tag ids');
  if (teamIds) filters.teamIds = teamIds;
  if (countries) filters.countries = countries;
  if (tagIds) filters.tagIds = tagIds;
  if (typeof timeZone === 'string' && timeZone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
    } catch {
      throw BadUserInputError.field('timeZone', 'is not a time zone (an IANA name such as Europe/Amsterdam)');
    }
    filters.timeZone = timeZone;
  }
  return filters;
}

/**
 * `GET /dashboards/<id>/export.pdf` (or `.png`, or `.svg`): a dashboard drawn on the server, each
 * widget's report run with the reader's visibility under the dashboard's filters or those of the
 * query string. The same credentials as the API; a dashboard the reader may not see is NOT_FOUND.
 */
export function dashboardExportRoutes(
  dataSource: DataSource,
  schema: GraphQLSchema,
  authenticate: Authenticate,
): Router {
  const router = Router();
  router.get('/dashboards/:id/export.:format', async (req, res) => {
    const format = req.params.format as Format;
    if (!(format in TYPES)) return fail(res, 'NOT_FOUND', 'Export as .pdf, .png or .svg');
    try {
      const viewer = await authenticate(req);
      if (!viewer) return fail(res, 'UNAUTHENTICATED', 'You must sign in or send an API token');
      const { id } = req.params;
      const filters = filtersOf(req);
      const dashboard = UUID.test(id) ? await dashboardForExport(dataSource, schema, viewer, id, filters) : null;
      if (!dashboard) return fail(res, 'NOT_FOUND', `Dashboard ${id} does not exist or is not visible to you`);
      const svg = dashboardSvg(dashboard);
      const body =
        format === 'svg'
          ? Buffer.from(svg)
          : format === 'png'
            ? dashboardPng(svg, 2)
            : await dashboardPdf(svg, dashboard.name);
      const name = dashboard.name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '') || 'dashboard';
      res.status(200);
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      req.log?.info({ dashboard: id, format, bytes: body.length }, 'dashboard exported');
      res.end(body);
    } catch (error) {
      const extensions = (error as { extensions?: { code?: string; fields?: unknown } }).extensions;
      if (extensions?.code && STATUS[extensions.code])
        return fail(res, extensions.code, (error as Error).message, extensions.fields);
      req.log?.error({ err: error }, 'unexpected error in a dashboard export');
      fail(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
