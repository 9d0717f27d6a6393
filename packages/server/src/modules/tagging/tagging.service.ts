import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError } from '../../core/graphql/errors';
import { lockSelection, type RecordTarget } from '../bulk/record-selection';
import { recordChanges, type Actor, type ChangeEntry } from '../shared/audit-writer';
import { linkField } from '../shared/record-kind';
import { findRecord } from '../shared/record-mutations';
import type { Tag } from '../tag/tag.entity';
import { TAG } from '../tag/tag.service';
import type { TagRecordsInput } from './tagging.inputs';

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
    const link = { tagId: tag.id, label: tag.label, [linkField(target)]: recordId };
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
         INSERT INTO taggings (tag_id, ${target.linkColumn}, created_by_id, updated_by_id)
         SELECT $1::uuid, record_id, $2::uuid, $2::uuid FROM unnest($3::uuid[]) AS record_id
         ON CONFLICT DO NOTHING
         RETURNING ${target.linkColumn} AS "recordId"
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
         DELETE FROM taggings WHERE tag_id = $1::uuid AND ${target.linkColumn} = ANY($2::uuid[])
         RETURNING ${target.linkColumn} AS "recordId"
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
