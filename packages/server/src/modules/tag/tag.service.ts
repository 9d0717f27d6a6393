import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import { recordChanges, type Actor, type ChangeEntry } from '../audit/audit.service';
import { lockSelection, type RecordTarget } from '../bulk/record-selection';
import { likePattern, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, findRecord, updateRecord } from '../shared/record-mutations';
import { TAG_FIELDS, Tag } from './tag.entity';
import type { CreateTagInput, TagFilter, TagRecordsInput, UpdateTagInput } from './tag.inputs';

export const TAG: RecordKind<Tag> = { entity: Tag, type: 'Tag', fields: TAG_FIELDS };

/** Live tags matching a filter, as a query aliased `t`. */
export function tagQuery(source: DataSource | EntityManager, filter?: TagFilter): SelectQueryBuilder<Tag> {
  const query = source.getRepository(Tag).createQueryBuilder('t');
  if (filter?.text?.trim()) {
    const p = uniqueParameter('text');
    query.andWhere(`(t.label ILIKE :${p} OR t.description ILIKE :${p})`, { [p]: likePattern(filter.text.trim()) });
  }
  return query;
}

export const TAG_ORDERING: Ordering = [
  ['lower(t.label)', 'ASC'],
  ['t.id', 'ASC'],
];

/** Labels are unique regardless of case, trashed tags included (a restore must not clash). */
async function checkLabel(manager: EntityManager, label: string, id: string | null): Promise<void> {
  const [same]: { id: string; label: string; deletedAt: Date | null }[] = await manager.query(
    `SELECT id, label, deleted_at AS "deletedAt" FROM tags
     WHERE lower(label) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [label, id],
  );
  if (!same) return;
  throw new ConflictError(
    same.deletedAt
      ? `The tag "${same.label}" is in the trash: restore it rather than make another`
      : `A tag labelled "${same.label}" already exists`,
    { id: same.id, label: same.label, deletedAt: same.deletedAt },
  );
}

export async function createTag(manager: EntityManager, input: CreateTagInput, actor: Actor): Promise<Tag> {
  const label = input.label.trim();
  await checkLabel(manager, label, null);
  return createRecord(manager, TAG, { ...input, label }, actor);
}

export async function updateTag(manager: EntityManager, input: UpdateTagInput, actor: Actor): Promise<Tag> {
  const { id, version, ...patch } = input;
  if (patch.label === null) throw BadUserInputError.field('label', 'cannot be removed');
  if (patch.label !== undefined) {
    patch.label = patch.label.trim();
    await checkLabel(manager, patch.label, id);
  }
  return updateRecord(manager, TAG, id, version, patch as Partial<Tag>, actor);
}

/** What tagRecords and untagRecords answer. */
export interface TaggingOutcome {
  tag: Tag;
  count: number;
}

async function liveTag(manager: EntityManager, id: string): Promise<Tag> {
  return findRecord(manager, TAG, id).catch(() => {
    throw BadUserInputError.field('tagId', 'is not an existing tag');
  });
}

/** A history entry on each end of each tagging made or removed. */
function taggingChanges(tag: Tag, target: RecordTarget, recordIds: string[], action: 'link' | 'unlink'): ChangeEntry[] {
  return recordIds.flatMap((recordId) => {
    const link = { tagId: tag.id, label: tag.label, [target.field]: recordId };
    const diff = { tagging: action === 'link' ? { before: null, after: link } : { before: link, after: null } };
    return [
      { recordType: target.type, recordId, action, diff },
      { recordType: TAG.type, recordId: tag.id, action, diff },
    ];
  });
}

/** Puts a tag on records of any kinds; records that already carry it are left alone. */
export async function tagRecords(
  manager: EntityManager,
  viewer: Viewer,
  input: TagRecordsInput,
  actor: Actor,
): Promise<TaggingOutcome> {
  const tag = await liveTag(manager, input.tagId);
  let count = 0;
  for (const { target, records } of await lockSelection(manager, viewer, input)) {
    const added: { recordId: string }[] = await manager.query(
      `WITH added AS (
         INSERT INTO taggings (tag_id, ${target.column}, created_by_id, updated_by_id)
         SELECT $1::uuid, record_id, $2::uuid, $2::uuid FROM unnest($3::uuid[]) AS record_id
         ON CONFLICT DO NOTHING
         RETURNING ${target.column} AS "recordId"
       )
       SELECT "recordId" FROM added`,
      [tag.id, actor.userId, records.map((record) => record.id)],
    );
    const ids = added.map((row) => row.recordId);
    await recordChanges(manager, actor, taggingChanges(tag, target, ids, 'link'));
    count += ids.length;
  }
  return { tag, count };
}

/** Takes a tag off records of any kinds; records that do not carry it are left alone. */
export async function untagRecords(
  manager: EntityManager,
  viewer: Viewer,
  input: TagRecordsInput,
  actor: Actor,
): Promise<TaggingOutcome> {
  const tag = await liveTag(manager, input.tagId);
  let count = 0;
  for (const { target, records } of await lockSelection(manager, viewer, input)) {
    const removed: { recordId: string }[] = await manager.query(
      `WITH removed AS (
         DELETE FROM taggings WHERE tag_id = $1::uuid AND ${target.column} = ANY($2::uuid[])
         RETURNING ${target.column} AS "recordId"
       )
       SELECT "recordId" FROM removed`,
      [tag.id, records.map((record) => record.id)],
    );
    const ids = removed.map((row) => row.recordId);
    await recordChanges(manager, actor, taggingChanges(tag, target, ids, 'unlink'));
    count += ids.length;
  }
  return { tag, count };
}
