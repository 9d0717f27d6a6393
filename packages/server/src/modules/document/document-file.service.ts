import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { ConflictError } from '../../core/graphql/errors';
import { recordChanges, type Actor } from '../shared/audit-writer';
import { DocumentFile } from './document-file.entity';
import { documentToEdit, findVisibleDocument } from './document.policy';

/** What the history and the API say of a file: everything but its bytes. */
export interface FileDescription {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
}

export interface StoredFile {
  file: FileDescription;
  documentVersion: number;
}

const describe = (file: FileDescription | null): FileDescription | null =>
  file && { fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, sha256: file.sha256 };

/**
 * Counts the change on the document itself: a new version, and the file's before and after in
 * the history. With `expectedVersion`, CONFLICT when the document is at another version (the
 * row stays locked until the transaction ends, so two uploads of one version cannot both pass).
 */
async function touchDocument(
  manager: EntityManager,
  documentId: string,
  before: FileDescription | null,
  after: FileDescription | null,
  actor: Actor,
  expectedVersion?: number,
): Promise<number> {
  const touched: { version: number }[] = await manager.query(
    `WITH touched AS (
       UPDATE documents SET version = version + 1, updated_at = now(), updated_by_id = $2
       WHERE id = $1 AND ($3::int IS NULL OR version = $3::int) RETURNING version
     )
     SELECT version FROM touched`,
    [documentId, actor.userId, expectedVersion ?? null],
  );
  if (touched.length === 0) {
    const [{ version: current }]: { version: number }[] = await manager.query(
      `SELECT version FROM documents WHERE id = $1`,
      [documentId],
    );
    throw new ConflictError(`Document ${documentId} was changed by someone else (it is at version ${current})`, {
      id: documentId,
      version: current,
    });
  }
  const [{ version }] = touched;
  await recordChanges(manager, actor, [
    { recordType: 'Document', recordId: documentId, action: 'update', diff: { file: { before, after } } },
  ]);
  return version;
}

/**
 * Replaces a document's file (or gives it one), in the caller's transaction; CONFLICT when the
 * document is no longer at `upload.version`.
 */
export async function storeDocumentFile(
  manager: EntityManager,
  viewer: Viewer,
  documentId: string,
  upload: { fileName: string; contentType: string; content: Buffer; version: number },
  actor: Actor,
): Promise<StoredFile> {
  await documentToEdit(manager, viewer, documentId);
  const before = await manager.findOne(DocumentFile, { where: { documentId } });
  const file: FileDescription = {
    fileName: upload.fileName,
    contentType: upload.contentType,
    byteSize: upload.content.length,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
  };
  await manager.query(
    `INSERT INTO document_files (document_id, file_name, content_type, byte_size, sha256, content, created_by_id, updated_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (document_id) DO UPDATE SET
       file_name = EXCLUDED.file_name, content_type = EXCLUDED.content_type, byte_size = EXCLUDED.byte_size,
       sha256 = EXCLUDED.sha256, content = EXCLUDED.content, updated_by_id = EXCLUDED.updated_by_id,
       updated_at = now(), version = document_files.version + 1`,
    [documentId, file.fileName, file.contentType, file.byteSize, file.sha256, upload.content, actor.userId],
  );
  const documentVersion = await touchDocument(manager, documentId, describe(before), file, actor, upload.version);
  return { file, documentVersion };
}

/** Removes a document's file; null when it had none. CONFLICT when `version` is given and stale. */
export async function removeDocumentFile(
  manager: EntityManager,
  viewer: Viewer,
  documentId: string,
  actor: Actor,
  version?: number,
): Promise<{ documentVersion: number } | null> {
  await documentToEdit(manager, viewer, documentId);
  const before = await manager.findOne(DocumentFile, { where: { documentId } });
  if (!before) return null;
  await manager.delete(DocumentFile, { documentId });
  return { documentVersion: await touchDocument(manager, documentId, describe(before), null, actor, version) };
}

/** A document's file with its bytes, if the viewer may see the document (trashed or not); null when it has none. */
export async function readDocumentFile(
  dataSource: DataSource,
  viewer: Viewer,
  documentId: string,
): Promise<(FileDescription & { content: Buffer }) | null> {
  await findVisibleDocument(dataSource.manager, viewer, documentId, 'any');
  const file = await dataSource
    .getRepository(DocumentFile)
    .createQueryBuilder('f')
    .addSelect('f.content')
    .where('f.document_id = :documentId', { documentId })
    .getOne();
  if (!file) return null;
  // PostgreSQL answers a Buffer, PGlite a Uint8Array.
  const content = Buffer.isBuffer(file.content)
    ? file.content
    : Buffer.from(
        (file.content as Uint8Array).buffer,
        (file.content as Uint8Array).byteOffset,
        (file.content as Uint8Array).byteLength,
      );
  return { ...describe(file)!, content };
}
