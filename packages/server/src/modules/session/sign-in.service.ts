import type { DataSource, EntityManager } from 'typeorm';
import { diffOf, recordChanges, type Actor } from '../shared/audit-writer';
import { syncTeams } from '../team/team-membership.service';
import { OPERATOR_ISSUER } from '../user/operator-user.service';
import { User } from '../user/user.entity';
import type { SignInProfile } from './claims';

/** A sign-in the app refuses although the provider vouched for the user. */
export class SignInRefusedError extends Error {}

/** What a sign-in may change on the user, recorded in the history. */
const SIGNED_IN_FIELDS = ['issuer', 'subject', 'email', 'name', 'role'] as const;

/**
 * Creates or updates the user of a sign-in (one per issuer and subject) and, when the claims
 * say so, its role and teams; all in one transaction with its history. A deactivated (or erased)
 * user is refused. Two first sign-ins racing: the loser tries once more and finds the user.
 */
export async function signInUser(
  dataSource: DataSource,
  profile: SignInProfile,
  requestId: string | null,
): Promise<User> {
  try {
    return await dataSource.transaction((manager) => upsertUser(manager, profile, requestId));
  } catch (error) {
    if ((error as { driverError?: { code?: string } }).driverError?.code !== '23505') throw error;
    return dataSource.transaction((manager) => upsertUser(manager, profile, requestId));
  }
}

async function upsertUser(manager: EntityManager, profile: SignInProfile, requestId: string | null): Promise<User> {
  let user =
    (await manager.findOne(User, {
      where: { issuer: profile.issuer, subject: profile.subject },
      withDeleted: true,
      lock: { mode: 'pessimistic_write' },
    })) ?? (await operatorUserToAdopt(manager, profile));
  if (user?.deletedAt || user?.deactivatedAt) throw new SignInRefusedError('This account has been deactivated');

  const email = await freeEmail(manager, profile.email, user?.id);
  if (!user) {
    user = await manager.save(
      manager.create(User, {
        issuer: profile.issuer,
        subject: profile.subject,
        email,
        name: profile.name,
        role: profile.role ?? 'viewer',
        lastSignInAt: new Date(),
      }),
    );
    const actor: Actor = { userId: user.id, requestId };
    await recordChanges(manager, actor, [
      { recordType: 'User', recordId: user.id, action: 'create', diff: diffOf(null, user as never, SIGNED_IN_FIELDS) },
    ]);
  } else {
    const actor: Actor = { userId: user.id, requestId };
    const patch = {
      issuer: profile.issuer,
      subject: profile.subject,
      email: email ?? user.email,
      // A display name the user chose stays theirs.
      name: user.nameChosenAt ? user.name : profile.name,
      role: profile.role ?? user.role,
    };
    const diff = diffOf(user as never, { ...user, ...patch } as never, SIGNED_IN_FIELDS);
    if (Object.keys(diff).length > 0) {
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ ...patch, updatedById: user.id, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: user.id })
        .execute();
      await recordChanges(manager, actor, [{ recordType: 'User', recordId: user.id, action: 'update', diff }]);
    }
    // Signing in is not an edit: the version stays, so an admin's edit in progress does not conflict.
    await manager.query('UPDATE users SET last_sign_in_at = now() WHERE id = $1', [user.id]);
  }
  if (profile.teamCodes) await syncTeams(manager, user.id, profile.teamCodes, { userId: user.id, requestId });
  return manager.findOneOrFail(User, { where: { id: user.id } });
}

/**
 * A user made from the command line (`liaison token create --email …`) before its first
 * sign-in becomes this identity when the provider vouches for the same email.
 */
async function operatorUserToAdopt(manager: EntityManager, profile: SignInProfile): Promise<User | null> {
  if (!profile.email || !profile.emailVerified) return null;
  return manager
    .getRepository(User)
    .createQueryBuilder('u')
    .setLock('pessimistic_write')
    .where('u.issuer = :issuer AND lower(u.email) = lower(:email)', { issuer: OPERATOR_ISSUER, email: profile.email })
    .getOne();
}

/** The email, unless another live user has it (emails are unique); then null. */
async function freeEmail(
  manager: EntityManager,
  email: string | null,
  userId: string | undefined,
): Promise<string | null> {
  if (!email) return null;
  const taken: unknown[] = await manager.query(
    `SELECT 1 FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [email, userId ?? null],
  );
  return taken.length > 0 ? null : email;
}
