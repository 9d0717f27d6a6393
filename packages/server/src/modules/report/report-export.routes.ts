import express, { Router, type Request, type Response } from 'express';
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { exportReportCsv } from './report-export';
import type { ReportSpecInput } from './report.inputs';

type Authenticate = (req: Request) => Promise<Viewer | null>;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

function fail(res: Response, code: string, message: string, fields?: unknown) {
  res.status(STATUS[code] ?? 500).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** The spec of `?spec=<JSON>` (GET, for links) or of the JSON body `{ spec }` (POST), as the API reads it. */
function specOf(req: Request, schema: GraphQLSchema): ReportSpecInput {
  let raw: unknown = (req.body as { spec?: unknown } | undefined)?.spec;
  if (typeof req.query.spec === 'string') {
    try {
      raw = JSON.parse(req.query.spec);
    } catch {
      throw Object.assign(new Error('spec is not JSON'), { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
  return coerceSpec(raw, schema);
}

/** A spec written as the variables of `report(spec:)` (a saved or built-in one too), read as the API reads it. */
export function coerceSpec(raw: unknown, schema: GraphQLSchema): ReportSpecInput {
  const type = schema.getType('ReportSpecInput') as GraphQLInputType;
  return coerceInputValue(raw, type, (path, _value, error) => {
    const where = ['spec', ...path].join('.');
    throw Object.assign(new Error(`${where}: ${error.message}`), { extensions: { code: 'BAD_USER_INPUT' } });
  }) as ReportSpecInput;
}

/**
 * `GET /reports/export.csv?spec=…` (or POST with `{ spec }`): any report as CSV, streamed, with
 * no row limit. The same credentials as the API (session cookie or API token) and the same
 * visibility rules as `report`.
 */
export function reportExportRoutes(dataSource: DataSource, schema: GraphQLSchema, authenticate: Authenticate): Router {
  const router = Router();
  router.all('/reports/export.csv', express.json({ limit: '100kb' }), async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'POST') return fail(res, 'BAD_USER_INPUT', 'Use GET or POST');
    let started = false;
    try {
      const viewer = await authenticate(req);
      if (!viewer) return fail(res, 'UNAUTHENTICATED', 'You must sign in or send an API token');
      const spec = specOf(req, schema);
      const rows = await exportReportCsv(dataSource, viewer, spec, res, () => {
        started = true;
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="report-${spec.kind.toLowerCase()}.csv"`);
        res.setHeader('Cache-Control', 'private, no-store');
      });
      req.log?.info({ rows }, 'report exported');
      res.end();
    } catch (error) {
      if (started) {
        req.log?.error({ err: error }, 'report export failed midway');
        res.destroy(error as Error);
        return;
      }
      const extensions = (error as { extensions?: { code?: string; fields?: unknown } }).extensions;
      if (extensions?.code && STATUS[extensions.code])
        return fail(res, extensions.code, (error as Error).message, extensions.fields);
      req.log?.error({ err: error }, 'unexpected error in a report export');
      fail(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
