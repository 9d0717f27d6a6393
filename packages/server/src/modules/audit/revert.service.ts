import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { RecordEntity } from '../../core/db/record.entity';
import { ApiError, BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { activityToEdit } from '../activity/activity.policy';
import { documentToEdit } from '../document/document.policy';
import { leadToEdit } from '../lead/lead.policy';
import type { RecordKind } from '../shared/record-kind';
import { recordKindOf } from '../registry/record-registry';
import { deleteRecord, restoreRecord, snapshot, updateRecord, type RecordedAs } from '../shared/record-mutations';
import { recordChanges, sameValue, type Actor } from '../shared/audit-writer';
import { Change, type ChangeDiff } from '../shared/change.entity';
import { mayChangeShared } from '../shared/sharing';
import { visibleChanges } from './change.policy';
import {
  LINK_KINDS,
  changedAttributes,
  conflictOf,
  findLink,
  insertLink,
  removeLink,
  setLinkAttributes,
  type LinkValue,
} from './link-kinds';

/** The change, locked so that two reverts of it take turns, or NOT_FOUND when hidden. */
async function lockChange(manager: EntityManager, viewer: Viewer, id: string): Promise<Change> {
  const visible = visibleChanges('c', viewer);
  const change = await manager
    .getRepository(Change)
    .createQueryBuilder('c')
    .where('c.id = :id', { id })
    .andWhere(visible.sql, visible.parameters)
    .setLock('pessimistic_write')
    .getOne();
  if (!change) throw new NotFoundError('Change', id);
  return change;
}

/** The same link change written on the other end(s) of the link, in the same transaction. */
function twinsOf(manager: EntityManager, change: Change): Promise<Change[]> {
  return manager
    .getRepository(Change)
    .createQueryBuilder('t')
    .innerJoin(Change, 'c', 'c.id = :id', { id: change.id })
    .where('t.at = c.at AND t.action = c.action AND t.diff = c.diff AND t.id <> c.id')
    .andWhere('t.actor_id IS NOT DISTINCT FROM c.actor_id')
    .setLock('pessimistic_write', undefined, ['t'])
    .getMany();
}

/** Whether the viewer may change this record: activities and documents are their owners' and teams'. */
async function checkMayChange(manager: EntityManager, viewer: Viewer, change: Change): Promise<void> {
  if (change.recordType === 'Activity') await activityToEdit(manager, viewer, change.recordId, 'any');
  if (change.recordType === 'Document') await documentToEdit(manager, viewer, change.recordId, 'any');
  if (change.recordType === 'Lead') await leadToEdit(manager, viewer, change.recordId, 'any');
  if ((change.recordType === 'Team' || change.recordType === 'User') && viewer.role !== 'admin') {
    throw new ForbiddenError('Only admins may undo changes of teams and users');
  }
  const kind = recordKindOf(change.recordType);
  if (kind?.visibility && !['Activity', 'Document', 'Lead'].includes(kind.type)) {
    // Other shared kinds (saved views, saved reports, dashboards): their owner or an admin, as
    // for editing them; a team they are shared with uses them, and does not change them.
    const rows: { ownerId: string | null }[] = await manager.query(
      `SELECT owner_id AS "ownerId" FROM ${kind.table} WHERE id = $1`,
      [change.recordId],
    );
    if (rows[0] && !mayChangeShared(viewer, rows[0])) {
      throw new ForbiddenError(`Only its owner or an admin may change this ${kind.type.toLowerCase()}`);
    }
  }
}

function kindOf(change: Change): RecordKind<RecordEntity> {
  const kind = recordKindOf(change.recordType);
  if (!kind || kind.readOnlyHistory)
    throw BadUserInputError.field('changeId', `changes of a ${change.recordType} cannot be reverted`);
  return kind;
}

/** The record, trashed or not, locked; CONFLICT when it no longer exists at all. */
async function lockRecord(manager: EntityManager, kind: RecordKind<RecordEntity>, id: string): Promise<RecordEntity> {
  const record = await manager.findOne(kind.entity, {
    where: { id } as never,
    withDeleted: true,
    lock: { mode: 'pessimistic_write' },
  });
  if (!record) throw new ConflictError(`${kind.type} ${id} no longer exists`);
  if ((record as { erasedAt?: Date | null }).erasedAt) throw new ConflictError(`${kind.type} ${id} was erased`);
  return record;
}

/** A create, delete or restore made before the record absorbed a duplicate may have been the duplicate's. */
async function refuseBeforeMerge(manager: EntityManager, change: Change): Promise<void> {
  const [{ merged }] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM changes m JOIN changes c ON c.id = $1
       WHERE m.record_id = c.record_id AND m.action = 'merge' AND m.at > c.at) AS merged`,
    [change.id],
  );
  if (merged) {
    throw new ConflictError(
      `This ${change.action} was made before a merge into ${change.recordType} ${change.recordId}; it can no longer be reverted`,
    );
  }
}

/** Sets the fields back to their `before` values, if none has changed since. */
async function revertFields(manager: EntityManager, change: Change, fields: string[], as: RecordedAs, actor: Actor) {
  const kind = kindOf(change);
  const record = await lockRecord(manager, kind, change.recordId);
  if (record.deletedAt) {
    throw new ConflictError(`${kind.type} ${record.id} is in the trash; restore it first`, snapshot(record));
  }
  const values = record as unknown as Record<string, unknown>;
  const changedSince = fields.filter((field) => !sameValue(values[field], change.diff[field].after));
  if (changedSince.length) {
    throw new ApiError(
      'CONFLICT',
      `${changedSince.join(', ')} changed since; revert would overwrite ${changedSince.length > 1 ? 'them' : 'it'}`,
      {
        fields: changedSince,
        current: snapshot(record),
      },
    );
  }
  const patch = Object.fromEntries(fields.map((field) => [field, change.diff[field].before]));
  await kind.checkPatch?.(manager, record.id, patch);
  await updateRecord(manager, kind, record.id, record.version, patch as never, actor, as).catch((error: unknown) => {
    throw conflictOf(error, `${kind.type} ${record.id} cannot be set back`);
  });
}

/** What a part of a link diff did: a revert made a link again, removed it, or set its attributes back. */
function linkAction(action: Change['action'], before: unknown, after: unknown): 'link' | 'unlink' | 'update' {
  if (action !== 'revert') return action as 'link' | 'unlink' | 'update';
  if (before && after) return 'update';
  return after ? 'link' : 'unlink';
}

/** Undoes the link parts of a diff and answers the diff of the undoing. */
async function revertLinks(manager: EntityManager, viewer: Viewer, change: Change, actor: Actor): Promise<ChangeDiff> {
  const reverted: ChangeDiff = {};
  for (const [key, { before, after }] of Object.entries(change.diff)) {
    const kind = LINK_KINDS[key];
    if (kind.adminOnly && viewer.role !== 'admin') throw new ForbiddenError('Only admins may undo changes of teams');
    const action = linkAction(change.action, before, after);
    if (action === 'link' || action === 'update') {
      const current = await findLink(manager, kind, after as LinkValue);
      if (!current) throw new ConflictError('The link is no longer there');
      if (action === 'link') {
        await removeLink(manager, kind, current);
        reverted[key] = { before: current, after: null };
        continue;
      }
      const fields = changedAttributes(kind, before as LinkValue, after as LinkValue);
      const changedSince = fields.filter((field) => !sameValue(current[field], (after as LinkValue)[field]));
      if (changedSince.length) {
        throw new ApiError('CONFLICT', `${changedSince.join(', ')} of the link changed since`, {
          fields: changedSince,
          current,
        });
      }
      await setLinkAttributes(manager, kind, current, before as LinkValue, fields, actor);
      reverted[key] = { before: current, after: await findLink(manager, kind, current) };
    } else {
      await insertLink(manager, kind, before as LinkValue, actor);
      reverted[key] = { before: null, after: before };
    }
  }
  return reverted;
}

/**
 * A revert is undone as what it did: one that trashed the record as a delete, one that brought it
 * back as a restore, one that set fields back as an update. Other changes as themselves.
 */
function revertedAs(change: Change): Change['action'] {
  if (change.action !== 'revert') return change.action;
  const keys = Object.keys(change.diff);
  if (keys.length === 1 && keys[0] === 'deletedAt') return change.diff.deletedAt.after ? 'delete' : 'restore';
  return 'update';
}

const isLinkDiff = (diff: ChangeDiff) =>
  Object.keys(diff).length > 0 && Object.keys(diff).every((key) => key in LINK_KINDS);

/**
 * Undoes one change, as a change of its own (action `revert`) in the caller's transaction: an
 * update sets the fields (or the link's attributes) back, a create trashes the record, a delete
 * restores it, a restore trashes it again, a link is removed and an unlink made again; a revert
 * is undone in turn (see `revertedAs`). Links are undone on both their ends. A change is
 * reverted once at most.
 */
export async function revertChange(
  manager: EntityManager,
  viewer: Viewer,
  changeId: string,
  actor: Actor,
): Promise<Change> {
  const change = await lockChange(manager, viewer, changeId);
  if ('erased' in change.diff) {
    throw BadUserInputError.field('changeId', 'held personal data that was erased; it cannot be reverted');
  }
  const links = ['link', 'unlink', 'update', 'revert'].includes(change.action) && isLinkDiff(change.diff);
  const action = links ? change.action : revertedAs(change);
  const changes = links ? [change, ...(await twinsOf(manager, change))] : [change];
  const reverted = await manager.findOne(Change, { where: changes.map((c) => ({ revertsChangeId: c.id })) });
  if (reverted) throw new ConflictError(`Change ${changeId} was reverted already`, snapshot(reverted));
  for (const c of changes) await checkMayChange(manager, viewer, c);
  const as: RecordedAs = { action: 'revert', revertsChangeId: change.id };

  if (links) {
    const diff = await revertLinks(manager, viewer, change, actor);
    await recordChanges(
      manager,
      actor,
      changes.map((c) => ({
        recordType: c.recordType,
        recordId: c.recordId,
        action: 'revert',
        diff,
        revertsChangeId: c.id,
      })),
    );
  } else if (action === 'update' && (await kindOf(change).revert?.(manager, viewer, change, actor))) {
    // The kind undid it its own way.
  } else if (action === 'update') {
    const kind = kindOf(change);
    const unknown = Object.keys(change.diff).filter((field) => !kind.fields.includes(field as never));
    if (unknown.length || Object.keys(change.diff).length === 0) {
      throw BadUserInputError.field('changeId', `this change of ${unknown.join(', ') || 'nothing'} cannot be reverted`);
    }
    await revertFields(manager, change, Object.keys(change.diff), as, actor);
  } else if (['create', 'delete', 'restore'].includes(action)) {
    const kind = kindOf(change);
    await refuseBeforeMerge(manager, change);
    const record = await lockRecord(manager, kind, change.recordId);
    const trash = action !== 'delete';
    if (trash === Boolean(record.deletedAt)) {
      throw new ConflictError(
        `${kind.type} ${record.id} is ${trash ? 'in the trash already' : 'not in the trash'}`,
        snapshot(record),
      );
    }
    if (trash) await deleteRecord(manager, kind, record.id, undefined, actor, as);
    else await restoreRecord(manager, kind, record.id, actor, as);
  } else {
    throw BadUserInputError.field('changeId', `a ${change.action} cannot be reverted`);
  }
  return manager.findOneOrFail(Change, { where: { revertsChangeId: change.id } });
}
