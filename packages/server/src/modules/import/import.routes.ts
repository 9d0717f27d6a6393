import path from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { hasRole } from '../../core/auth/roles';
import type { Viewer } from '../../core/auth/viewer';
import { storeImportFile } from './import.service';
import { ImportJob } from './import-job.entity';
import { writeErrorReport } from './import-report';

/** The largest file the upload route takes. */
const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;

type Authenticate = (req: Request) => Promise<Viewer | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The file name of an upload: `X-File-Name` (percent-encoded) or `?name=`, without any path. */
function fileNameOf(req: Request): string {
  let raw = typeof req.query.name === 'string' ? req.query.name : '';
  const header = req.get('x-file-name');
  if (header) {
    try {
      raw = decodeURIComponent(header);
    } catch {
      raw = header;
    }
  }
  const name = path
    .basename(raw.replace(/\\/g, '/'))
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 255);
  if (!name || name === '.' || name === '..') {
    throw new HttpError(400, 'BAD_USER_INPUT', 'Name the file with an X-File-Name header or ?name=');
  }
  return name;
}

/**
 * Upload of a file to import (`PUT /files/imports`, raw bytes, answered with its id for
 * `previewImport` and `startImport`), and the error report of an import as CSV
 * (`GET /files/imports/:id/errors.csv`, every row with a problem, no cap). Editors and admins,
 * with the API's credentials.
 */
export function importRoutes(
  dataSource: DataSource,
  authenticate: Authenticate,
  options: { maxBytes?: number } = {},
): Router {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const files = Router();

  const editor = async (req: Request, res: Response, next: NextFunction) => {
    const viewer = await authenticate(req).catch((error: unknown) => {
      const forbidden = (error as { extensions?: { code?: unknown } }).extensions?.code === 'FORBIDDEN';
      const message = error instanceof Error ? error.message : 'Bad credentials';
      throw forbidden ? new HttpError(403, 'FORBIDDEN', message) : new HttpError(401, 'UNAUTHENTICATED', message);
    });
    if (!viewer) throw new HttpError(401, 'UNAUTHENTICATED', 'You must sign in or send an API token');
    if (!hasRole(viewer.role, 'editor')) throw new HttpError(403, 'FORBIDDEN', 'Imports need the editor role');
    if (req.method !== 'GET' && viewer.readOnly) throw new HttpError(403, 'FORBIDDEN', 'This token is read-only');
    res.locals.viewer = viewer;
    next();
  };

  files.put(
    '/',
    editor,
    (req, res, next) => {
      res.locals.fileName = fileNameOf(req);
      next();
    },
    express.raw({ type: () => true, limit: maxBytes, inflate: false }),
    async (req, res) => {
      const viewer = res.locals.viewer as Viewer;
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!content.length) throw new HttpError(400, 'BAD_USER_INPUT', 'The file is empty');
      const file = await storeImportFile(
        dataSource.manager,
        { userId: viewer.userId, requestId: String(req.id) },
        res.locals.fileName as string,
        content,
      );
      res.status(201).json({ file: { id: file.id, fileName: file.fileName, byteSize: file.byteSize } });
    },
  );

  files.get('/:id/errors.csv', editor, async (req, res) => {
    const id = String(req.params.id);
    const job = UUID.test(id) ? await dataSource.getRepository(ImportJob).findOneBy({ id }) : null;
    if (!job) throw new HttpError(404, 'NOT_FOUND', `ImportJob ${id} does not exist or is not visible to you`);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="import-errors-${job.id}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    await writeErrorReport(dataSource, job.id, (chunk) => {
      res.write(chunk);
    });
    res.end();
  });

  files.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: unknown }).type;
    const known =
      error instanceof HttpError
        ? error
        : type === 'entity.too.large'
          ? new HttpError(
              413,
              'PAYLOAD_TOO_LARGE',
              `The file is larger than the limit of ${Math.round(maxBytes / 1048576)} MB`,
            )
          : null;
    if (!known) {
      req.log?.error({ err: error }, 'unexpected error in an import request');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      return;
    }
    res.status(known.status).json({ error: { code: known.code, message: known.message } });
  });

  const router = Router();
  router.use('/files/imports', files);
  return router;
}
