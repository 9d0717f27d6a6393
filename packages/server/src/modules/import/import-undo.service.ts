import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { ChangeDiff } from '../shared/change.entity';
import type { RecordKind } from '../shared/record-kind';
import { deleteRecord, findRecord, updateRecord } from '../shared/record-mutations';
import type { RecordEntity } from '../../core/db/record.entity';
import { Affiliation } from '../contact/affiliation.entity';
import { removeAffiliation } from '../contact/affiliation.service';
import { CONTACT } from '../contact/contact.service';
import { ORGANIZATION } from '../organization/organization.service';
import { ImportJob } from './import-job.entity';
import type { ImportOutcome } from './import-row.entity';
import { importRequestId } from './import-runner';
import type { ImportKeptRecord, UndoImportResult } from './import.types';

/** Whether anyone but the import changed the record since the import did. */
async function changedSince(manager: EntityManager, recordId: string, marker: string): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT EXISTS (
       SELECT 1 FROM changes c WHERE c.record_id = $1 AND c.request_id IS DISTINCT FROM $2
         AND c.at >= (SELECT min(i.at) FROM changes i WHERE i.record_id = $1 AND i.request_id = $2)
     ) AS changed`,
    [recordId, marker],
  );
  return row.changed === true;
}

/** The values the import's updates replaced: for each field, what it was before the first of them. */
async function valuesBefore(
  manager: EntityManager,
  recordId: string,
  marker: string,
): Promise<Record<string, unknown>> {
  const changes: { diff: ChangeDiff }[] = await manager.query(
    `SELECT diff FROM changes WHERE record_id = $1 AND request_id = $2 AND action = 'update' ORDER BY at, id`,
    [recordId, marker],
  );
  const before: Record<string, unknown> = {};
  for (const { diff } of changes) {
    for (const [field, { before: value }] of Object.entries(diff)) if (!(field in before)) before[field] = value;
  }
  return before;
}

/** The affiliations the import made for a contact it updated, still there. */
async function affiliationsMade(manager: EntityManager, contactId: string, marker: string): Promise<Affiliation[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT diff -> 'affiliation' -> 'after' ->> 'id' AS id FROM changes
     WHERE record_id = $1 AND record_type = 'Contact' AND request_id = $2 AND action = 'link'`,
    [contactId, marker],
  );
  const ids = rows.map((row) => row.id).filter(Boolean);
  if (!ids.length) return [];
  return manager.getRepository(Affiliation).createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
}

/**
 * Undoes a finished, failed or cancelled import: the records it created go to the trash, those
 * it updated get their former values back (from the history), in one transaction. Records
 * someone changed since the import are left as they are and listed.
 */
export async function undoImport(manager: EntityManager, job: ImportJob, actor: Actor): Promise<UndoImportResult> {
  if (job.dryRun) throw BadUserInputError.field('id', 'is a dry run: it changed nothing');
  if (job.status === 'undone') throw BadUserInputError.field('id', 'is already undone');
  if (job.status === 'queued' || job.status === 'running') {
    throw BadUserInputError.field('id', `is ${job.status}: cancel it before undoing it`);
  }
  const kind = (job.kind === 'contacts' ? CONTACT : ORGANIZATION) as unknown as RecordKind<RecordEntity>;
  const marker = importRequestId(job.id);
  const rows: { row_number: number; outcome: ImportOutcome; record_id: string }[] = await manager.query(
    `SELECT row_number, outcome, record_id FROM import_rows
     WHERE job_id = $1 AND outcome IN ('created', 'updated') ORDER BY row_number DESC`,
    [job.id],
  );
  const kept: ImportKeptRecord[] = [];
  let trashed = 0;
  let restored = 0;
  for (const row of rows) {
    const id = row.record_id;
    const current = await findRecord(manager, kind, id, {}).catch(() => null);
    if (!current) {
      kept.push({
        rowNumber: row.row_number,
        recordId: id,
        outcome: row.outcome,
        reason: 'no longer exists or is in the trash',
      });
      continue;
    }
    if (await changedSince(manager, id, marker)) {
      kept.push({ rowNumber: row.row_number, recordId: id, outcome: row.outcome, reason: 'changed since the import' });
      continue;
    }
    if (row.outcome === 'created') {
      await deleteRecord(manager, kind, id, undefined, actor);
      trashed += 1;
    } else {
      const before = await valuesBefore(manager, id, marker);
      if (Object.keys(before).length) await updateRecord(manager, kind, id, current.version, before as never, actor);
      if (job.kind === 'contacts') {
        for (const affiliation of await affiliationsMade(manager, id, marker)) {
          await removeAffiliation(manager, { id: affiliation.id }, actor);
        }
      }
      restored += 1;
    }
    await manager.query(`DELETE FROM external_ids WHERE record_id = $1 AND import_job_id = $2`, [id, job.id]);
  }
  await manager.query(`UPDATE import_jobs SET status = 'undone', updated_at = now() WHERE id = $1`, [job.id]);
  return { job: await manager.findOneByOrFail(ImportJob, { id: job.id }), trashed, restored, kept };
}
