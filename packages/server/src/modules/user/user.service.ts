import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { likePattern, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { findRecord, updateRecord } from '../shared/record-mutations';
import { USER_FIELDS, User } from './user.entity';
import type { UpdateUserInput, UserActivationInput, UserFilter } from './user.inputs';

export const USER: RecordKind<User> = {
  entity: User,
  type: 'User',
  fields: USER_FIELDS,
  table: 'users',
  title: 'r.name',
  linkColumn: 'user_id',
  readOnlyHistory: true,
};

/** Users (not erased) matching a filter, as a query aliased `u`. */
export function userQuery(source: DataSource | EntityManager, filter?: UserFilter): SelectQueryBuilder<User> {
  const query = source.getRepository(User).createQueryBuilder('u');
  if (!filter) return query;
  if (filter.text?.trim()) {
    const p = uniqueParameter('text');
    query.andWhere(`(u.name ILIKE :${p} OR u.email ILIKE :${p})`, { [p]: likePattern(filter.text.trim()) });
  }
  if (filter.roles?.length) {
    const p = uniqueParameter('roles');
    query.andWhere(`u.role IN (:...${p})`, { [p]: filter.roles });
  }
  if (filter.teamIds?.length) {
    const p = uniqueParameter('teams');
    query.andWhere(`EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.team_id IN (:...${p}))`, {
      [p]: filter.teamIds,
    });
  }
  if (filter.active === true) query.andWhere('u.deactivated_at IS NULL');
  if (filter.active === false) query.andWhere('u.deactivated_at IS NOT NULL');
  if (filter.expertise?.trim()) {
    const p = uniqueParameter('expertise');
    query.andWhere(`EXISTS (SELECT 1 FROM unnest(u.expertise) AS topic WHERE topic ILIKE :${p})`, {
      [p]: likePattern(filter.expertise.trim()),
    });
  }
  return query;
}

export const USER_ORDERING: Ordering = [
  ['lower(u.name)', 'ASC'],
  ['u.id', 'ASC'],
];

/** Trimmed, without blanks, each topic once whatever its case. */
function cleanTopics(topics: string[]): string[] {
  const seen = new Set<string>();
  return topics
    .map((topic) => topic.trim())
    .filter((topic) => topic && !seen.has(topic.toLowerCase()) && seen.add(topic.toLowerCase()));
}

/**
 * A change to a user's role or expertise (by an admin), or name and expertise (by the user). The
 * admins are locked while one is demoted, so that two admins demoting each other at once cannot
 * leave nobody in charge.
 */
export async function updateUser(
  manager: EntityManager,
  input: UpdateUserInput & { name?: string },
  actor: Actor,
): Promise<User> {
  const { id, version, ...patch } = input;
  if (patch.role === null) throw BadUserInputError.field('role', 'cannot be removed');
  if (patch.expertise === null) patch.expertise = [];
  if (patch.expertise) patch.expertise = cleanTopics(patch.expertise);
  if (patch.role && patch.role !== 'admin' && (await isLastActiveAdmin(manager, id))) {
    throw BadUserInputError.field('role', 'cannot demote the last admin: make another user an admin first');
  }
  return updateRecord(manager, USER, id, version, patch as Partial<User>, actor);
}

/**
 * Whether the user is an active admin and no other is. The active admins are locked meanwhile,
 * so that two admins demoting or deactivating each other at once cannot leave nobody in charge.
 */
async function isLastActiveAdmin(manager: EntityManager, id: string): Promise<boolean> {
  const user = await findRecord(manager, USER, id);
  if (user.role !== 'admin' || user.deactivatedAt) return false;
  const admins: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE role = 'admin' AND deactivated_at IS NULL AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
  );
  return admins.every((admin) => admin.id === id);
}

/**
 * Deactivates a user: they can no longer sign in, their sessions end and their API tokens stop
 * working; their records, teams and history stay. Nobody deactivates themselves or the last admin.
 */
export async function deactivateUser(manager: EntityManager, input: UserActivationInput, actor: Actor): Promise<User> {
  if (input.id.toLowerCase() === actor.userId) throw BadUserInputError.field('id', 'cannot deactivate yourself');
  const user = await findRecord(manager, USER, input.id);
  if (user.deactivatedAt) return user;
  if (await isLastActiveAdmin(manager, input.id)) {
    throw BadUserInputError.field('id', 'cannot deactivate the last admin: make another user an admin first');
  }
  const deactivated = await updateRecord(manager, USER, input.id, input.version, { deactivatedAt: new Date() }, actor);
  await manager.query('DELETE FROM sessions WHERE user_id = $1', [input.id]);
  return deactivated;
}

/** Lets a deactivated user sign in and use their API tokens again. */
export async function reactivateUser(manager: EntityManager, input: UserActivationInput, actor: Actor): Promise<User> {
  return updateRecord(manager, USER, input.id, input.version, { deactivatedAt: null }, actor);
}
