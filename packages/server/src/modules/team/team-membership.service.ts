import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import { recordChanges, type Actor } from '../shared/audit-writer';
import type { ChangeAction, ChangeDiff } from '../shared/change.entity';
import { findRecord, snapshot } from '../shared/record-mutations';
import { USER } from '../user/user.service';
import { TeamMembership } from './team-membership.entity';
import type { AddTeamMemberInput, RemoveTeamMemberInput, UpdateTeamMemberInput } from './team.inputs';
import { TEAM } from './team.service';
import { Team } from './team.entity';

type MembershipValues = Pick<TeamMembership, 'teamId' | 'userId' | 'role'>;

const values = ({ teamId, userId, role }: MembershipValues): MembershipValues => ({ teamId, userId, role });

/** The same history entry on the team and on the user. */
function onBothEnds(
  manager: EntityManager,
  actor: Actor,
  link: MembershipValues,
  action: ChangeAction,
  diff: ChangeDiff,
) {
  return recordChanges(manager, actor, [
    { recordType: TEAM.type, recordId: link.teamId, action, diff },
    { recordType: USER.type, recordId: link.userId, action, diff },
  ]);
}

async function liveEnds(manager: EntityManager, teamId: string, userId: string): Promise<void> {
  await findRecord(manager, TEAM, teamId).catch(() => {
    throw BadUserInputError.field('teamId', 'is not an existing team');
  });
  await findRecord(manager, USER, userId).catch(() => {
    throw BadUserInputError.field('userId', 'is not an existing user');
  });
}

async function findMembership(manager: EntityManager, teamId: string, userId: string): Promise<TeamMembership> {
  const membership = await manager.findOne(TeamMembership, { where: { teamId, userId } });
  if (!membership) throw BadUserInputError.field('userId', 'is not a member of this team');
  return membership;
}

/** Puts a user in a team; CONFLICT when they are in it already (change a role with updateTeamMember). */
export async function addTeamMember(
  manager: EntityManager,
  input: AddTeamMemberInput,
  actor: Actor,
): Promise<TeamMembership> {
  await liveEnds(manager, input.teamId, input.userId);
  const existing = await manager.findOne(TeamMembership, { where: { teamId: input.teamId, userId: input.userId } });
  if (existing) throw new ConflictError('The user is already a member of this team', snapshot(existing));
  const membership = await manager.save(
    manager.create(TeamMembership, { ...values(input), createdById: actor.userId, updatedById: actor.userId }),
  );
  await onBothEnds(manager, actor, membership, 'link', { membership: { before: null, after: values(membership) } });
  return membership;
}

export async function updateTeamMember(
  manager: EntityManager,
  input: UpdateTeamMemberInput,
  actor: Actor,
): Promise<TeamMembership> {
  const before = await findMembership(manager, input.teamId, input.userId);
  if (before.version !== input.version) {
    throw new ConflictError('The membership was changed by someone else', snapshot(before));
  }
  if (before.role === input.role) return before;
  const result = await manager
    .createQueryBuilder()
    .update(TeamMembership)
    .set({ role: input.role, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: before.id, version: input.version })
    .execute();
  const after = await findMembership(manager, input.teamId, input.userId);
  if (!result.affected) throw new ConflictError('The membership was changed by someone else', snapshot(after));
  await onBothEnds(manager, actor, after, 'update', { membership: { before: values(before), after: values(after) } });
  return after;
}

/** Takes a user out of a team; answers the team. */
export async function removeTeamMember(
  manager: EntityManager,
  input: RemoveTeamMemberInput,
  actor: Actor,
): Promise<Team> {
  const membership = await findMembership(manager, input.teamId, input.userId);
  await manager.delete(TeamMembership, { id: membership.id });
  await onBothEnds(manager, actor, membership, 'unlink', { membership: { before: values(membership), after: null } });
  return manager.findOneOrFail(Team, { where: { id: input.teamId }, withDeleted: true });
}

/**
 * Makes a user's memberships those of the team codes (lower case) a sign-in's claim or a demo
 * account names: joins the named teams that exist, leaves the others.
 */
export async function syncTeams(manager: EntityManager, userId: string, codes: string[], actor: Actor): Promise<void> {
  const wanted: { id: string }[] = codes.length
    ? await manager.query(`SELECT id FROM teams WHERE lower(code) = ANY($1::text[]) AND deleted_at IS NULL`, [codes])
    : [];
  const wantedIds = new Set(wanted.map((team) => team.id));
  const current = await manager.find(TeamMembership, { where: { userId } });
  const currentIds = new Set(current.map((membership) => membership.teamId));
  for (const teamId of wantedIds) {
    if (!currentIds.has(teamId)) {
      await addTeamMember(manager, { teamId, userId, role: 'member' } as AddTeamMemberInput, actor);
    }
  }
  for (const teamId of currentIds) {
    if (!wantedIds.has(teamId)) await removeTeamMember(manager, { teamId, userId } as RemoveTeamMemberInput, actor);
  }
}
