import type { EntityManager } from 'typeorm';
import type { RecordEntity } from '../../core/db/record.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import { diffOf, recordChanges, type Actor, type ChangeEntry } from './audit-writer';
import type { RecordKind } from './record-kind';

/**
 * How the history names a change made on behalf of another operation: a revert writes its
 * update, delete or restore as action `revert` pointing at the change it undoes.
 */
export type RecordedAs = Pick<ChangeEntry, 'action' | 'revertsChangeId'>;

/** A record as JSON, for the `current` of a conflict and for history. */
export function snapshot(record: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

export async function findRecord<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  options: { deleted?: boolean } = {},
): Promise<T> {
  const record = await manager.findOne(kind.entity, { where: { id } as never, withDeleted: options.deleted ?? false });
  if (!record || (options.deleted && !record.deletedAt)) throw new NotFoundError(kind.type, id);
  return record;
}

export async function createRecord<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  values: Partial<T>,
  actor: Actor,
): Promise<T> {
  const record = manager.create(kind.entity, {
    ...values,
    createdById: actor.userId,
    updatedById: actor.userId,
  } as never);
  const saved = await manager.save(kind.entity, record as T);
  await recordChanges(manager, actor, [
    { recordType: kind.type, recordId: saved.id, action: 'create', diff: diffOf(null, saved as never, kind.fields) },
  ]);
  return saved;
}

/**
 * Applies `patch` to the record at `version`. The UPDATE itself says `AND version = $v`, so two
 * concurrent saves cannot both win: the loser gets CONFLICT with the record as it now is.
 */
export async function updateRecord<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  version: number,
  patch: Partial<T>,
  actor: Actor,
  recordedAs?: RecordedAs,
): Promise<T> {
  const before = await findRecord(manager, kind, id);
  const changed = Object.fromEntries(
    Object.entries(patch).filter(([field, value]) => value !== undefined && kind.fields.includes(field as never)),
  ) as Partial<T>;
  const diff = diffOf(before as never, { ...before, ...changed } as never, kind.fields);
  if (before.version !== version) {
    throw new ConflictError(
      `${kind.type} ${id} was changed by someone else (version ${before.version}, not ${version})`,
      snapshot(before),
    );
  }
  if (Object.keys(diff).length === 0) return before;

  const result = await manager
    .createQueryBuilder()
    .update(kind.entity)
    .set({ ...changed, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version AND deleted_at IS NULL', { id, version })
    .execute();
  if (!result.affected) {
    const current = await findRecord(manager, kind, id);
    throw new ConflictError(`${kind.type} ${id} was changed by someone else`, snapshot(current));
  }
  await recordChanges(manager, actor, [{ recordType: kind.type, recordId: id, action: 'update', diff, ...recordedAs }]);
  return findRecord(manager, kind, id);
}

/** Moves a record to the trash; its links stay, so a restore brings it back whole. */
export async function deleteRecord<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  version: number | undefined,
  actor: Actor,
  recordedAs?: RecordedAs,
): Promise<T> {
  const before = await findRecord(manager, kind, id);
  if (version !== undefined && before.version !== version) {
    throw new ConflictError(`${kind.type} ${id} was changed by someone else`, snapshot(before));
  }
  await setDeleted(manager, kind, id, true, actor);
  await recordChanges(manager, actor, [
    {
      recordType: kind.type,
      recordId: id,
      action: 'delete',
      diff: { deletedAt: { before: null, after: new Date().toISOString() } },
      ...recordedAs,
    },
  ]);
  return findRecord(manager, kind, id, { deleted: true });
}

export async function restoreRecord<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  actor: Actor,
  recordedAs?: RecordedAs,
): Promise<T> {
  const before = await findRecord(manager, kind, id, { deleted: true });
  await refuseMergedDuplicate(manager, kind, id);
  await setDeleted(manager, kind, id, false, actor);
  await recordChanges(manager, actor, [
    {
      recordType: kind.type,
      recordId: id,
      action: 'restore',
      diff: { deletedAt: { before: before.deletedAt?.toISOString() ?? null, after: null } },
      ...recordedAs,
    },
  ]);
  return findRecord(manager, kind, id);
}

/** A merged duplicate gave its links and history to the survivor: restored, it would be an empty shell. */
async function refuseMergedDuplicate<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
): Promise<void> {
  const [merge] = await manager.query(
    `SELECT diff -> 'mergedInto' ->> 'after' AS survivor FROM changes
     WHERE record_id = $1 AND action = 'merge' AND diff ? 'mergedInto' LIMIT 1`,
    [id],
  );
  if (!merge) return;
  const label = kind.type.toLowerCase();
  throw new BadUserInputError(
    `This ${label} was merged into ${merge.survivor} and cannot be restored; open that ${label} instead`,
    { id: [`merged into ${merge.survivor}`] },
  );
}

async function setDeleted<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  deleted: boolean,
  actor: Actor,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(kind.entity)
    .set({
      deletedAt: deleted ? () => 'now()' : null,
      updatedById: actor.userId,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    } as never)
    .where('id = :id', { id })
    .execute();
}
