import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../core/graphql/errors';
import { recordChanges, type Actor } from '../shared/audit-writer';
import type { ReassignOwnerInput } from './bulk.inputs';
import { withOwnedRecords } from './owned-records';
import { lockSelection, type RecordSelection } from './record-selection';

/**
 * Gives the selected records (and, with `fromOwnerId`, every record that user owns) to
 * `ownerId`, each with a new version and its own history entry. Records the user already owns
 * are left as they are; answers how many changed.
 */
export async function reassignOwner(
  manager: EntityManager,
  viewer: Viewer,
  input: ReassignOwnerInput,
  actor: Actor,
): Promise<number> {
  const ownerId = input.ownerId.toLowerCase();
  const owners: { active: boolean }[] = await manager.query(
    `SELECT deactivated_at IS NULL AS active FROM users WHERE id = $1 AND deleted_at IS NULL`,
    [ownerId],
  );
  if (owners.length === 0) throw BadUserInputError.field('ownerId', 'is not an existing user');
  if (!owners[0].active) throw BadUserInputError.field('ownerId', 'is a deactivated user');
  let selection: RecordSelection = input;
  if (input.fromOwnerId) {
    if (viewer.role !== 'admin') throw new ForbiddenError('Only an admin may hand over all the records of a user');
    selection = await withOwnedRecords(manager, input, input.fromOwnerId.toLowerCase());
  }

  let changed = 0;
  for (const { target, records } of await lockSelection(manager, viewer, selection)) {
    const moving = records.filter((record) => record.ownerId !== ownerId);
    if (moving.length === 0) continue;
    await manager.query(
      `UPDATE ${target.table}
       SET owner_id = $1, updated_by_id = $2, version = version + 1, updated_at = now()
       WHERE id = ANY($3::uuid[])`,
      [ownerId, actor.userId, moving.map((record) => record.id)],
    );
    await recordChanges(
      manager,
      actor,
      moving.map((record) => ({
        recordType: target.type,
        recordId: record.id,
        action: 'update' as const,
        diff: { ownerId: { before: record.ownerId, after: ownerId } },
      })),
    );
    changed += moving.length;
  }
  return changed;
}
