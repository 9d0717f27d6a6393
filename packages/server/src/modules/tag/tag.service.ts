import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { likePattern, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, updateRecord } from '../shared/record-mutations';
import { TAG_FIELDS, Tag } from './tag.entity';
import type { CreateTagInput, TagFilter, UpdateTagInput } from './tag.inputs';

export const TAG: RecordKind<Tag> = {
  entity: Tag,
  type: 'Tag',
  fields: TAG_FIELDS,
  table: 'tags',
  title: 'r.label',
  freeText: ['label', 'description'],
};

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
