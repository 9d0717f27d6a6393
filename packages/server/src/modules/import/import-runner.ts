import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../shared/audit-writer';
import { ImportFile } from './import-file.entity';
import { countRows, csvRows, type CsvRow, type TextEncoding } from './import-csv';
import { ImportJob } from './import-job.entity';
import type { ImportOutcome } from './import-row.entity';
import { convertRow } from './import-values';
import { writeRow, type RowResult } from './import-writer';

/** Rows written per transaction: each batch commits its records, their rows and the cursor together. */
export const IMPORT_BATCH_ROWS = 200;
/** A running job not heard of for this long was left by a process that died. */
const STALE_AFTER_SECONDS = 120;

/** What the import's writes carry in the history, so that undo finds them. */
export function importRequestId(jobId: string): string {
  return `import:${jobId}`;
}

/**
 * Takes the oldest queued job, or a running one whose process died, and marks it running.
 * `FOR UPDATE SKIP LOCKED`: several servers on one PostgreSQL never take the same job.
 */
export async function claimImportJob(dataSource: DataSource, onlyId?: string): Promise<ImportJob | null> {
  const rows: { id: string }[] = await dataSource.query(
    `WITH claimed AS (
       UPDATE import_jobs SET status = 'running', heartbeat_at = now(), updated_at = now(),
         started_at = coalesce(started_at, now())
       WHERE id = (
         SELECT id FROM import_jobs
         WHERE (status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1)))
           AND ($2::uuid IS NULL OR id = $2)
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
       ) RETURNING id
     ) SELECT id FROM claimed`,
    [STALE_AFTER_SECONDS, onlyId ?? null],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  return dataSource.getRepository(ImportJob).findOneByOrFail({ id });
}

type Counts = Record<ImportOutcome, number>;
const noCounts = (): Counts => ({ created: 0, updated: 0, skipped: 0, rejected: 0 });

/** The file's rows; its row count is written on the job the first time. */
async function rowsOf(dataSource: DataSource, job: ImportJob): Promise<AsyncGenerator<CsvRow>> {
  const file = await dataSource
    .getRepository(ImportFile)
    .createQueryBuilder('f')
    .addSelect('f.content')
    .where('f.id = :id', { id: job.fileId })
    .getOneOrFail();
  const source = { bytes: file.content, encoding: job.encoding as TextEncoding, delimiter: job.delimiter };
  if (job.rowsTotal === null) {
    await dataSource.query(`UPDATE import_jobs SET rows_total = $2 WHERE id = $1`, [job.id, await countRows(source)]);
  }
  return csvRows(source);
}

/** Writes one row in a savepoint: a row the services refuse is rejected, the batch goes on. */
export async function processRow(
  manager: EntityManager,
  job: ImportJob,
  header: string[],
  row: CsvRow,
  actor: Actor,
): Promise<RowResult> {
  const converted = await convertRow(job.kind, job.mapping, header, row.cells);
  let result: RowResult;
  try {
    result = await manager.transaction((savepoint) => writeRow(savepoint, job, converted, actor));
  } catch (error) {
    const known = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!known) throw error;
    result = { outcome: 'rejected', recordId: null, errors: [{ column: null, reason: (error as Error).message }] };
  }
  await manager.query(
    `INSERT INTO import_rows (job_id, row_number, outcome, record_id, errors) VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [job.id, row.rowNumber, result.outcome, result.recordId, JSON.stringify(result.errors)],
  );
  return result;
}

/**
 * Whether the job was not cancelled meanwhile. With `lock`, the job's row stays locked until the
 * batch commits, so that a cancellation waits for the batch and then stops the next.
 */
async function stillRunning(manager: EntityManager, jobId: string, lock: boolean): Promise<boolean> {
  const [row] = await manager.query(`SELECT status FROM import_jobs WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
    jobId,
  ]);
  return row?.status === 'running';
}

async function saveProgress(manager: EntityManager, jobId: string, counts: Counts, rowsDone: number) {
  await manager.query(
    `UPDATE import_jobs SET rows_done = $2, created_count = created_count + $3, updated_count = updated_count + $4,
       skipped_count = skipped_count + $5, rejected_count = rejected_count + $6, heartbeat_at = now(), updated_at = now()
     WHERE id = $1`,
    [jobId, rowsDone, counts.created, counts.updated, counts.skipped, counts.rejected],
  );
}

class DryRunRollback extends Error {}
class Cancelled extends Error {}
/** The server is stopping: the job is left running, to be taken again at once by the next start. */
class Paused extends Error {}

const stopping = new WeakSet<DataSource>();

/**
 * Runs a claimed job from its cursor. A real run commits a batch at a time; a dry run does all
 * of it in one transaction that it rolls back, keeping only the counts and the rejected rows,
 * so that it counts exactly what the real run then does.
 */
export async function runImportJob(dataSource: DataSource, job: ImportJob): Promise<ImportJob> {
  const actor: Actor = { userId: job.createdById, requestId: importRequestId(job.id) };
  const repository = dataSource.getRepository(ImportJob);
  try {
    const rows = await rowsOf(dataSource, job);
    const first = await rows.next();
    const header = first.done ? [] : first.value.cells.map((cell) => cell.trim());
    if (job.dryRun) await dryRun(dataSource, job, header, rows, actor);
    else await realRun(dataSource, job, header, rows, actor);
    await dataSource.query(
      `UPDATE import_jobs SET status = 'done', finished_at = now(), updated_at = now() WHERE id = $1 AND status = 'running'`,
      [job.id],
    );
  } catch (error) {
    if (error instanceof Paused) {
      await dataSource.query(`UPDATE import_jobs SET heartbeat_at = to_timestamp(0) WHERE id = $1`, [job.id]);
    } else if (!(error instanceof Cancelled)) {
      const message = error instanceof Error ? error.message : String(error);
      await dataSource.query(
        `UPDATE import_jobs SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id, message.slice(0, 2000)],
      );
    }
  }
  return repository.findOneByOrFail({ id: job.id });
}

async function realRun(
  dataSource: DataSource,
  job: ImportJob,
  header: string[],
  rows: AsyncGenerator<CsvRow>,
  actor: Actor,
) {
  let index = 0;
  let batch: CsvRow[] = [];
  const flush = async () => {
    const done = index;
    const pending = batch;
    batch = [];
    if (stopping.has(dataSource)) throw new Paused();
    await dataSource.transaction(async (manager) => {
      if (!(await stillRunning(manager, job.id, true))) throw new Cancelled();
      const counts = noCounts();
      for (const row of pending) counts[(await processRow(manager, job, header, row, actor)).outcome] += 1;
      await saveProgress(manager, job.id, counts, done);
    });
  };
  for await (const row of rows) {
    index += 1;
    // Rows before the cursor were committed by an earlier run of this job.
    if (index <= job.rowsDone) continue;
    batch.push(row);
    if (batch.length >= IMPORT_BATCH_ROWS) await flush();
  }
  if (batch.length) await flush();
}

async function dryRun(
  dataSource: DataSource,
  job: ImportJob,
  header: string[],
  rows: AsyncGenerator<CsvRow>,
  actor: Actor,
) {
  let outcome: { counts: Counts; done: number; problems: unknown[] } | null = null;
  await dataSource
    .transaction(async (manager) => {
      const counts = noCounts();
      let done = 0;
      for await (const row of rows) {
        counts[(await processRow(manager, job, header, row, actor)).outcome] += 1;
        done += 1;
        if (done % IMPORT_BATCH_ROWS === 0) {
          if (stopping.has(dataSource)) throw new Paused();
          if (!(await stillRunning(manager, job.id, false))) throw new Cancelled();
        }
      }
      const problems = await manager.query(
        `SELECT row_number, outcome, errors FROM import_rows WHERE job_id = $1 AND errors <> '[]'::jsonb`,
        [job.id],
      );
      outcome = { counts, done, problems };
      throw new DryRunRollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof DryRunRollback)) throw error;
    });
  const { counts, done, problems } = outcome!;
  await dataSource.transaction(async (manager) => {
    for (const problem of problems as { row_number: number; outcome: string; errors: unknown }[]) {
      await manager.query(
        `INSERT INTO import_rows (job_id, row_number, outcome, errors) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (job_id, row_number) DO NOTHING`,
        [job.id, problem.row_number, problem.outcome, JSON.stringify(problem.errors)],
      );
    }
    await manager.query(
      `UPDATE import_jobs SET created_count = 0, updated_count = 0, skipped_count = 0, rejected_count = 0 WHERE id = $1`,
      [job.id],
    );
    await saveProgress(manager, job.id, counts, done);
  });
}

/** Runs jobs until none is left to claim; returns how many it ran. */
export async function runPendingImports(dataSource: DataSource): Promise<number> {
  let ran = 0;
  while (!stopping.has(dataSource)) {
    const job = await claimImportJob(dataSource);
    if (!job) break;
    await runImportJob(dataSource, job);
    ran += 1;
  }
  return ran;
}

const running = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Starts running the queued jobs in the background unless this process already is; what was
 * queued meanwhile is picked up by the same loop.
 */
export function kickImports(dataSource: DataSource, onError?: (error: unknown) => void): Promise<unknown> {
  const current = running.get(dataSource);
  if (current) return current.then(() => kickImports(dataSource, onError));
  const work = runPendingImports(dataSource)
    .catch((error: unknown) => onError?.(error))
    .finally(() => running.delete(dataSource));
  running.set(dataSource, work);
  return work;
}

/** Resolves once this process runs no import (tests wait for it before running jobs themselves). */
export async function importRunnerIdle(dataSource: DataSource): Promise<void> {
  while (running.has(dataSource)) await running.get(dataSource);
}

/**
 * Picks up queued jobs, and those a dead process left running, now and every `intervalMs`. The
 * answer stops it: the batch being written commits, and its job is left for the next start.
 */
export function startImportRunner(
  dataSource: DataSource,
  onError: (error: unknown) => void,
  intervalMs = 30_000,
): () => Promise<void> {
  stopping.delete(dataSource);
  void kickImports(dataSource, onError);
  const timer = setInterval(() => {
    if (dataSource.isInitialized && !running.has(dataSource)) void kickImports(dataSource, onError);
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    stopping.add(dataSource);
    await importRunnerIdle(dataSource);
  };
}
