import type { EntityManager } from 'typeorm';
import { hasRole } from '../../core/auth/roles';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { countRows, detectDelimiter, detectEncoding, firstRows, type CsvRow, type CsvSource } from './import-csv';
import { processRow } from './import-runner';
import type { RowResult } from './import-writer';
import { IMPORT_FIELDS, suggestMapping } from './import-fields';
import { ImportFile } from './import-file.entity';
import { ImportJob, type ImportKind, type ImportMapping } from './import-job.entity';
import type { PreviewImportInput, StartImportInput } from './import.inputs';
import type { ImportPreview } from './import.types';
import { convertRow } from './import-values';

/** Columns only vtiger's exports have: their ids are then vtiger's. */
const VTIGER_COLUMNS = ['Organization No', 'Account No', 'Contact Id', 'Contact No', 'Assigned To', 'Created Time'];

export async function storeImportFile(
  manager: EntityManager,
  actor: Actor,
  fileName: string,
  content: Buffer,
): Promise<ImportFile> {
  return manager.save(
    manager.create(ImportFile, { fileName, content, byteSize: content.length, createdById: actor.userId }),
  );
}

interface ImportSource {
  fileId?: string | null;
  content?: string | null;
  fileName?: string | null;
}

/** The uploaded file or the given text, exactly one of them. */
async function sourceFile(
  manager: EntityManager,
  source: ImportSource,
  viewer: Viewer,
): Promise<{ id: string | null; fileName: string; bytes: Buffer }> {
  if ((source.fileId == null) === (source.content == null)) {
    throw BadUserInputError.field('fileId', 'or content must be given, not both');
  }
  if (source.content != null) {
    return { id: null, fileName: source.fileName?.trim() || 'import.csv', bytes: Buffer.from(source.content, 'utf8') };
  }
  const file = await manager
    .getRepository(ImportFile)
    .createQueryBuilder('f')
    .addSelect('f.content')
    .where('f.id = :id', { id: source.fileId })
    .andWhere(hasRole(viewer.role, 'admin') ? 'true' : 'f.created_by_id = :user', { user: viewer.userId })
    .getOne();
  // Someone else's upload is not to be read.
  if (!file) throw new NotFoundError('ImportFile', source.fileId!);
  return { id: file.id, fileName: file.fileName, bytes: file.content };
}

/** The given mapping, checked against the file's columns and the kind's fields, or the suggested one. */
function mappingFor(kind: ImportKind, header: string[], given: ImportMapping | null | undefined): ImportMapping {
  const suggested = suggestMapping(kind, header);
  if (!given) {
    return Object.fromEntries(Object.entries(suggested).filter((entry): entry is [string, string] => !!entry[1]));
  }
  const fields = new Map(IMPORT_FIELDS[kind].map((field) => [field.name, field]));
  const problems: string[] = [];
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const [column, field] of Object.entries(given)) {
    if (field === null || field === '') continue;
    if (!header.includes(column)) problems.push(`"${column}" is not a column of the file`);
    else if (typeof field !== 'string' || !fields.has(field)) {
      problems.push(`"${String(field)}" is not a field of ${kind} (${[...fields.keys()].join(', ')})`);
    } else if (used.has(field) && !fields.get(field)!.multiple) problems.push(`several columns go to ${field}`);
    else {
      used.add(field);
      mapping[column] = field;
    }
  }
  if (problems.length) throw new BadUserInputError(`Bad mapping: ${problems.join('; ')}`, { mapping: problems });
  return mapping;
}

interface ReadFile extends CsvSource {
  fileId: string | null;
  fileName: string;
  bytes: Buffer;
}

function sniffed(fileId: string | null, fileName: string, bytes: Buffer): ReadFile {
  const encoding = detectEncoding(bytes);
  return { fileId, fileName, bytes, encoding, delimiter: detectDelimiter(bytes, encoding) };
}

async function readFile(manager: EntityManager, source: ImportSource, viewer: Viewer): Promise<ReadFile> {
  const file = await sourceFile(manager, source, viewer);
  return sniffed(file.id, file.fileName, file.bytes);
}

function detectSource(header: string[]): string {
  return header.some((column) => VTIGER_COLUMNS.includes(column)) ? 'vtiger' : 'csv';
}

class Rehearsed extends Error {
  constructor(readonly results: RowResult[]) {
    super('rehearsed');
  }
}

/**
 * What the import would do with these rows, found by doing it in a transaction that is rolled
 * back: the same matching, duplicates within the file and references as the real run.
 */
async function rehearse(
  manager: EntityManager,
  file: ReadFile,
  options: ImportOptions,
  header: string[],
  rows: CsvRow[],
  viewer: Viewer,
): Promise<RowResult[]> {
  const actor = { userId: viewer.userId, requestId: null };
  try {
    await manager.transaction(async (transaction) => {
      const job = await queueImport(transaction, file, options, actor);
      const results: RowResult[] = [];
      for (const row of rows) results.push(await processRow(transaction, job, header, row, actor));
      throw new Rehearsed(results);
    });
  } catch (error) {
    if (error instanceof Rehearsed) return error.results;
    throw error;
  }
  return [];
}

/** What the file holds and how its first rows would be stored, without writing anything. */
export async function previewImport(
  manager: EntityManager,
  input: PreviewImportInput,
  viewer: Viewer,
): Promise<ImportPreview> {
  const file = await readFile(manager, input, viewer);
  const { header, rows } = await firstRows(file, input.rows ?? 20);
  if (!header.length) throw BadUserInputError.field('content', 'is empty: the file has no header row');
  const mapping = mappingFor(input.kind, header, input.mapping);
  const outcomes = await rehearse(manager, file, { ...input, mapping }, header, rows, viewer);
  const samples = (index: number) =>
    rows
      .map((row) => (row.cells[index] ?? '').trim())
      .filter(Boolean)
      .slice(0, 3);
  return {
    format: 'csv',
    encoding: file.encoding,
    delimiter: file.delimiter,
    source: detectSource(header),
    rowsTotal: await countRows(file),
    columns: header.map((name, index) => ({ name, field: mapping[name] ?? null, samples: samples(index) })),
    fields: IMPORT_FIELDS[input.kind].map(({ name, label }) => ({ name, label })),
    rows: await Promise.all(
      rows.map(async (row, index) => {
        const converted = await convertRow(input.kind, mapping, header, row.cells);
        const values = { ...converted.values };
        if (converted.externalId) values.externalId = converted.externalId;
        if (converted.organizationName) values.organization = converted.organizationName;
        if (converted.organizationExternalId) values.organizationExternalId = converted.organizationExternalId;
        const { outcome, recordId, errors } = outcomes[index];
        return { rowNumber: row.rowNumber, values, outcome, recordId: outcome === 'created' ? null : recordId, errors };
      }),
    ),
  };
}

/** Queues an import of the file (the runner takes it); the text given inline is stored as a file first. */
export async function startImport(
  manager: EntityManager,
  input: StartImportInput,
  viewer: Viewer,
  actor: Actor,
): Promise<ImportJob> {
  return queueImport(manager, await readFile(manager, input, viewer), input, actor);
}

export type ImportOptions = Pick<StartImportInput, 'kind' | 'mapping' | 'onDuplicate' | 'dryRun' | 'source'>;

/** Queues an import of a file read from disk by an operator. */
export async function queueFileImport(
  manager: EntityManager,
  fileName: string,
  bytes: Buffer,
  options: ImportOptions,
  actor: Actor,
): Promise<ImportJob> {
  return queueImport(manager, sniffed(null, fileName, bytes), options, actor);
}

async function queueImport(manager: EntityManager, file: ReadFile, options: ImportOptions, actor: Actor) {
  const { header } = await firstRows(file, 1);
  if (!header.length) throw BadUserInputError.field('content', 'is empty: the file has no header row');
  const mapping = mappingFor(options.kind, header, options.mapping);
  const fileId = file.fileId ?? (await storeImportFile(manager, actor, file.fileName, file.bytes)).id;
  return manager.save(
    manager.create(ImportJob, {
      kind: options.kind,
      format: 'csv',
      fileId,
      fileName: file.fileName,
      encoding: file.encoding,
      delimiter: file.delimiter,
      mapping,
      onDuplicate: options.onDuplicate ?? 'skip',
      source: options.source ?? detectSource(header),
      dryRun: options.dryRun ?? false,
      status: 'queued',
      createdById: actor.userId,
    }),
  );
}

/** Stops a queued or running job; a running one stops after the batch it is writing. */
export async function cancelImport(manager: EntityManager, job: ImportJob): Promise<ImportJob> {
  if (job.status !== 'queued' && job.status !== 'running') {
    throw BadUserInputError.field('id', `is ${job.status}: only a queued or running import can be cancelled`);
  }
  await manager.query(
    `UPDATE import_jobs SET status = 'cancelled', finished_at = now(), updated_at = now(),
       started_at = coalesce(started_at, now()) WHERE id = $1`,
    [job.id],
  );
  return manager.findOneByOrFail(ImportJob, { id: job.id });
}

/** Rows done per second since the job started, and the seconds left at that pace. */
export function importProgress(job: ImportJob, now = Date.now()) {
  const seconds = job.startedAt ? ((job.finishedAt?.getTime() ?? now) - job.startedAt.getTime()) / 1000 : 0;
  const rate = seconds > 0 && job.rowsDone > 0 ? job.rowsDone / seconds : null;
  const left = job.rowsTotal !== null ? Math.max(job.rowsTotal - job.rowsDone, 0) : null;
  const etaSeconds = job.status === 'done' ? 0 : rate && left !== null ? left / rate : null;
  return { rowsDone: job.rowsDone, rowsTotal: job.rowsTotal, rate, etaSeconds };
}
