import path from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { hasRole } from '../../core/auth/roles';
import type { Viewer } from '../../core/auth/viewer';
import type { ErrorCode } from '../../core/graphql/errors';
import { documentFileUrl } from './document-file.entity';
import { readDocumentFile, removeDocumentFile, storeDocumentFile } from './document-file.service';

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

type Authenticate = (req: Request) => Promise<Viewer | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"]*"|[\w.+-]+))*$/;

/** An error answered as `{ error: { code, message } }` with its HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE',
    message: string,
    readonly fields?: Record<string, string[]>,
    /** For CONFLICT: the document as it is now (`{ id, version }`). */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

const STATUS_OF: Partial<Record<string, number>> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409 };

/** The file name of an upload: `X-File-Name` (percent-encoded for non-ASCII) or `?name=`, without any path. */
function fileNameOf(req: Request): string {
  const header = req.get('x-file-name');
  let raw = typeof req.query.name === 'string' ? req.query.name : '';
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
    throw new HttpError(400, 'BAD_USER_INPUT', 'Name the file with an X-File-Name header or ?name=', {
      name: ['is required'],
    });
  }
  return name;
}

/**
 * The document version a write is based on: `X-Document-Version` or `?version=`. Required for an
 * upload (`required`), checked when given for a removal.
 */
function versionOf(req: Request, required: boolean): number | undefined {
  const raw = req.get('x-document-version') ?? (typeof req.query.version === 'string' ? req.query.version : undefined);
  if (raw === undefined && !required) return undefined;
  const version = Number(raw);
  if (raw === undefined || !/^\d{1,9}$/.test(raw.trim()) || version < 1) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      "Send the document's version the file replaces, in an X-Document-Version header or ?version=",
      { version: ['must be the positive integer version of the document'] },
    );
  }
  return version;
}

function contentTypeOf(req: Request): string {
  const type = req.get('content-type')?.trim() ?? '';
  return type.length <= 255 && MEDIA_TYPE.test(type) ? type : 'application/octet-stream';
}

/**
 * Upload (PUT, raw bytes), download (GET) and removal (DELETE) of a document's file at
 * /files/documents/:id: plain HTTP so that browsers can show upload progress. Same credentials
 * and the same visibility and edit rules as the GraphQL API; errors as JSON.
 */
export function documentFileRoutes(
  dataSource: DataSource,
  authenticate: Authenticate,
  options: { maxBytes?: number } = {},
): Router {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = Router();

  const viewerOf = async (req: Request, write: boolean): Promise<Viewer> => {
    const viewer = await authenticate(req).catch((error: unknown) => {
      // Bad credentials (401), or a session cookie sent from another site (403).
      const forbidden = (error as { extensions?: { code?: unknown } }).extensions?.code === 'FORBIDDEN';
      const message = error instanceof Error ? error.message : 'Bad credentials';
      throw forbidden ? new HttpError(403, 'FORBIDDEN', message) : new HttpError(401, 'UNAUTHENTICATED', message);
    });
    if (!viewer) throw new HttpError(401, 'UNAUTHENTICATED', 'You must sign in or send an API token');
    if (write && !hasRole(viewer.role, 'editor')) throw new HttpError(403, 'FORBIDDEN', 'This needs the editor role');
    if (write && viewer.readOnly) throw new HttpError(403, 'FORBIDDEN', 'This token is read-only');
    return viewer;
  };
  const documentId = (req: Request): string => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw new HttpError(404, 'NOT_FOUND', `Document ${id} does not exist or is not visible to you`);
    return id;
  };
  const actorOf = (req: Request, viewer: Viewer) => ({ userId: viewer.userId, requestId: String(req.id) });

  files.get('/:id', async (req, res) => {
    const viewer = await viewerOf(req, false);
    const id = documentId(req);
    const file = await readDocumentFile(dataSource, viewer, id);
    if (!file) throw new HttpError(404, 'NOT_FOUND', `Document ${id} has no file`);
    res.attachment(file.fileName);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', `"${file.sha256}"`);
    res.send(file.content);
  });

  // Who may write is checked before the body is read; the body is read at most up to the limit.
  const writer = async (req: Request, res: Response, next: NextFunction) => {
    res.locals.viewer = await viewerOf(req, true);
    res.locals.documentId = documentId(req);
    next();
  };

  files.put(
    '/:id',
    writer,
    (req, res, next) => {
      res.locals.fileName = fileNameOf(req);
      res.locals.version = versionOf(req, true);
      next();
    },
    express.raw({ type: () => true, limit: maxBytes, inflate: false }),
    async (req, res) => {
      const viewer = res.locals.viewer as Viewer;
      const id = res.locals.documentId as string;
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const upload = {
        fileName: res.locals.fileName as string,
        contentType: contentTypeOf(req),
        content,
        version: res.locals.version as number,
      };
      const stored = await dataSource.transaction((manager) =>
        storeDocumentFile(manager, viewer, id, upload, actorOf(req, viewer)),
      );
      res.json({
        file: { ...stored.file, url: documentFileUrl(id) },
        document: { id, version: stored.documentVersion },
      });
    },
  );

  files.delete('/:id', writer, async (req, res) => {
    const viewer = res.locals.viewer as Viewer;
    const id = res.locals.documentId as string;
    const version = versionOf(req, false);
    const removed = await dataSource.transaction((manager) =>
      removeDocumentFile(manager, viewer, id, actorOf(req, viewer), version),
    );
    if (!removed) throw new HttpError(404, 'NOT_FOUND', `Document ${id} has no file`);
    res.json({ document: { id, version: removed.documentVersion } });
  });

  files.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const known = toHttpError(error, maxBytes);
    if (!known) {
      req.log?.error({ err: error }, 'unexpected error in a file request');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      return;
    }
    const fields = known.fields ? { fields: known.fields } : {};
    const current = known.current === undefined ? {} : { current: known.current };
    res.status(known.status).json({ error: { code: known.code, message: known.message, ...fields, ...current } });
  });

  const router = Router();
  router.use('/files/documents', files);
  return router;
}

/** Our errors, the API's own (NOT_FOUND, FORBIDDEN …) and the body parser's, as HTTP errors. */
function toHttpError(error: unknown, maxBytes: number): HttpError | null {
  if (error instanceof HttpError) return error;
  const extensions = (error as { extensions?: { code?: unknown; current?: unknown } }).extensions;
  const code = extensions?.code;
  if (typeof code === 'string' && STATUS_OF[code]) {
    return new HttpError(STATUS_OF[code]!, code as ErrorCode, (error as Error).message, undefined, extensions?.current);
  }
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') {
    const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${megabytes} MB`);
  }
  if (type === 'encoding.unsupported') {
    return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as it is, without a Content-Encoding');
  }
  if (type === 'request.aborted') return new HttpError(400, 'BAD_USER_INPUT', 'The upload was interrupted');
  return null;
}
