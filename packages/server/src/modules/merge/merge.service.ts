import type { EntityManager } from 'typeorm';
import type { RecordEntity } from '../../core/db/record.entity';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import { diffOf, recordChanges, type Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { findRecord, snapshot } from '../shared/record-mutations';
import { moveHistory, moveLinks, type LinkMove } from './merge-links';
import type { MergeRecordsInput } from './merge.inputs';

/** What merging needs to know of a kind of record. */
export interface MergeKind<T extends RecordEntity> {
  kind: RecordKind<T>;
  /** How messages name it: `organization`. */
  noun: string;
  moves: LinkMove[];
  /** Checks and work before the links move (with both records locked). */
  prepare?: (manager: EntityManager, survivor: T, duplicate: T, actor: Actor) => Promise<void>;
  /** The survivor's empty fields, filled from the duplicate; never a filled one overwritten. */
  fill: (manager: EntityManager, survivor: T, duplicate: T) => Promise<Partial<T>>;
  /** The fields that go together with a chosen one (a consent basis with its date and source). */
  together?: Partial<Record<keyof T, (keyof T)[]>>;
}

/** The survivor's values replaced by the duplicate's for the fields the caller chose. */
function chosenValues<T extends RecordEntity>(merge: MergeKind<T>, duplicate: T, chosen: readonly (keyof T)[]) {
  const patch: Partial<T> = {};
  for (const field of chosen) {
    for (const each of merge.together?.[field] ?? [field]) patch[each] = duplicate[each];
  }
  return patch;
}

/** Whether a value counts as not filled in. */
const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** The fields among `fields` that the survivor lacks and the duplicate has. */
export function emptyFieldsFilled<T>(survivor: T, duplicate: T, fields: readonly (keyof T)[]): Partial<T> {
  const patch: Partial<T> = {};
  for (const field of fields)
    if (isEmpty(survivor[field]) && !isEmpty(duplicate[field])) patch[field] = duplicate[field];
  return patch;
}

/** Both records, locked in id order (two merges of the same pair cannot deadlock), or BAD_USER_INPUT. */
async function lockPair<T extends RecordEntity>(manager: EntityManager, merge: MergeKind<T>, input: MergeRecordsInput) {
  const { entity } = merge.kind;
  const ids = [input.survivorId, input.duplicateId].sort();
  const rows = await manager
    .getRepository(entity)
    .createQueryBuilder('r')
    .withDeleted()
    .where('r.id IN (:...ids)', { ids })
    .orderBy('r.id')
    .setLock('pessimistic_write')
    .getMany();
  const pick = (id: string, field: keyof MergeRecordsInput) => {
    const record = rows.find((row) => row.id === id);
    if (!record) throw BadUserInputError.field(field, `is not an existing ${merge.noun}`);
    if (record.deletedAt) throw BadUserInputError.field(field, `is in the trash; restore it first`);
    return record;
  };
  return [pick(input.survivorId, 'survivorId'), pick(input.duplicateId, 'duplicateId')] as const;
}

/**
 * Merges a duplicate into its survivor in the caller's transaction: every link of the duplicate
 * moves to the survivor (one the survivor has already is dropped), the duplicate's history is
 * pointed at the survivor, the survivor's empty fields are filled and the chosen ones take the
 * duplicate's value, and the duplicate goes to the
 * trash. A `merge` change is written on both. The survivor's version is checked by the final
 * update, so a stale one undoes everything.
 */
export async function mergeRecords<T extends RecordEntity>(
  manager: EntityManager,
  merge: MergeKind<T>,
  input: MergeRecordsInput,
  actor: Actor,
  takeFromDuplicate: readonly (keyof T)[] = [],
): Promise<T> {
  const { kind } = merge;
  if (input.survivorId === input.duplicateId) {
    throw BadUserInputError.field('duplicateId', `is the survivor itself; choose another ${merge.noun}`);
  }
  const [survivor, duplicate] = await lockPair(manager, merge, input);
  await merge.prepare?.(manager, survivor, duplicate, actor);
  const patch = {
    ...(await merge.fill(manager, survivor, duplicate)),
    ...chosenValues(merge, duplicate, takeFromDuplicate),
  };
  const links = await moveLinks(manager, merge.moves, survivor.id, duplicate.id, actor);
  const history = await moveHistory(manager, kind.type, survivor.id, duplicate.id);

  const updated = await manager
    .createQueryBuilder()
    .update(kind.entity)
    .set({ ...patch, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version AND deleted_at IS NULL', {
      id: survivor.id,
      version: input.survivorVersion,
    })
    .execute();
  if (!updated.affected) {
    throw new ConflictError(
      `${kind.type} ${survivor.id} was changed by someone else (version ${survivor.version}, not ${input.survivorVersion})`,
      snapshot(survivor),
    );
  }
  await manager
    .createQueryBuilder()
    .update(kind.entity)
    .set({
      deletedAt: () => 'now()',
      updatedById: actor.userId,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    } as never)
    .where('id = :id', { id: duplicate.id })
    .execute();

  const deletedAt = new Date().toISOString();
  await recordChanges(manager, actor, [
    {
      recordType: kind.type,
      recordId: survivor.id,
      action: 'merge',
      diff: {
        duplicate: { before: null, after: snapshot(duplicate) },
        ...diffOf(survivor as never, { ...survivor, ...patch } as never, kind.fields),
        moved: { before: null, after: { ...links, changes: history } },
      },
    },
    {
      recordType: kind.type,
      recordId: duplicate.id,
      action: 'merge',
      diff: { mergedInto: { before: null, after: survivor.id }, deletedAt: { before: null, after: deletedAt } },
    },
  ]);
  return findRecord(manager, kind, survivor.id);
}
