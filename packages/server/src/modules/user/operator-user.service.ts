import type { EntityManager } from 'typeorm';
import { hasRole, type Role } from '../../core/auth/roles';
import { User } from './user.entity';

/** Users made from the command line, before or without any sign-in, are of this issuer. */
export const OPERATOR_ISSUER = 'urn:liaison:operator';

/**
 * The user with this email, made if there is none; `role` raises (never lowers) its role, so
 * the command can bootstrap the first administrator.
 */
export async function findOrCreateOperatorUser(manager: EntityManager, email: string, role?: Role): Promise<User> {
  const existing = await manager
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
  if (existing) {
    if (role && !hasRole(existing.role, role)) {
      existing.role = role;
      return manager.save(existing);
    }
    return existing;
  }
  return manager.save(
    manager.create(User, {
      issuer: OPERATOR_ISSUER,
      subject: email.toLowerCase(),
      email,
      name: email.split('@')[0],
      role: role ?? 'viewer',
    }),
  );
}
