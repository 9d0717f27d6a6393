import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { ForbiddenError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { UpdateMyProfileInput } from './my-profile.inputs';
import type { User } from './user.entity';
import { updateUser } from './user.service';

/**
 * A user's change to themselves: display name and expertise. A role can be sent only by an
 * admin (who may step down unless they are the last one); anyone else is refused outright.
 */
export async function updateMyProfile(
  manager: EntityManager,
  viewer: Viewer,
  input: UpdateMyProfileInput,
  actor: Actor,
): Promise<User> {
  if (input.role !== undefined && input.role !== null && viewer.role !== 'admin') {
    throw new ForbiddenError('Only an admin may change a role');
  }
  const name = input.name?.trim();
  const user = await updateUser(
    manager,
    { id: viewer.userId, version: input.version, name, expertise: input.expertise, role: input.role },
    actor,
  );
  if (name !== undefined) {
    await manager.query('UPDATE users SET name_chosen_at = now() WHERE id = $1', [viewer.userId]);
  }
  return user;
}
