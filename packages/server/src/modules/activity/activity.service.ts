import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import { linkTargetKinds } from '../shared/link-targets';
import { linkField, type RecordKind } from '../shared/record-kind';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../shared/record-mutations';
import { ACTIVITY_FIELDS, Activity } from './activity.entity';
import {
  type ConcerningFilter,
  ActivityOrderField,
  type ActivityFilter,
  type ActivityOrder,
  type CreateActivityInput,
  type UpdateActivityInput,
} from './activity.inputs';
import { addConcerns, addParticipants } from './activity-links.service';
import { activityToEdit, visibleActivities } from './activity.policy';

export const ACTIVITY: RecordKind<Activity> = {
  entity: Activity,
  type: 'Activity',
  fields: ACTIVITY_FIELDS,
  table: 'activities',
  freeText: ['subject', 'description', 'outcome', 'location'],
  title: 'r.subject',
  linkColumn: 'activity_id',
  owned: true,
  visibility: true,
  trash: true,
  taggable: true,
  linkable: { documents: true },
};

/** When an activity happens, for the default order and the date range: start, else due, else creation. */
const ACTIVITY_WHEN = 'coalesce(a.starts_at, a.due_at, a.created_at)';

/** A planned activity whose due (or start) time has passed. */
export const ACTIVITY_OVERDUE = `coalesce(a.status = 'planned' AND coalesce(a.due_at, a.starts_at) < now(), false)`;

/** Live activities the viewer may see, matching a filter, as a query aliased `a`. */
export function activityQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: ActivityFilter,
): SelectQueryBuilder<Activity> {
  const query = source.getRepository(Activity).createQueryBuilder('a');
  const visible = visibleActivities('a', viewer);
  query.andWhere(visible.sql, visible.parameters);
  applyRecordFilter(query, filter, {
    taggingColumn: 'activity_id',
    textColumns: ['subject', 'description', 'outcome'],
  });
  if (!filter) return query;
  const where = (sql: (p: string) => string, value: unknown, name = 'v') => {
    const p = uniqueParameter(name);
    query.andWhere(sql(p), { [p]: value });
  };
  if (filter.kinds?.length) where((p) => `a.kind IN (:...${p})`, filter.kinds);
  if (filter.statuses?.length) where((p) => `a.status IN (:...${p})`, filter.statuses);
  if (filter.visibility) where((p) => `a.visibility = :${p}`, filter.visibility);
  if (filter.from) where((p) => `coalesce(a.starts_at, a.due_at) >= :${p}`, filter.from);
  if (filter.to) where((p) => `coalesce(a.starts_at, a.due_at) < :${p}`, filter.to);
  if (filter.mine) {
    where(
      (p) =>
        `(a.owner_id = :${p} OR EXISTS (SELECT 1 FROM activity_users au WHERE au.activity_id = a.id AND au.user_id = :${p}))`,
      viewer?.userId ?? null,
    );
  }
  if (filter.myTeams) {
    const [me, teams] = [uniqueParameter('me'), uniqueParameter('teams')];
    const members = `SELECT tm.user_id FROM team_memberships tm WHERE tm.team_id IN (:...${teams})`;
    query.andWhere(
      `(a.owner_id = :${me} OR a.team_id IN (:...${teams}) OR a.owner_id IN (${members})
        OR EXISTS (SELECT 1 FROM activity_users au WHERE au.activity_id = a.id
          AND (au.user_id = :${me} OR au.user_id IN (${members}))))`,
      // No team: only one's own, as `IN ()` is not SQL.
      { [me]: viewer?.userId ?? null, [teams]: viewer?.teamIds.length ? viewer.teamIds : [null] },
    );
  }
  if (filter.openAndOverdue) query.andWhere(ACTIVITY_OVERDUE);
  if (filter.overdue != null) query.andWhere(filter.overdue ? ACTIVITY_OVERDUE : `NOT ${ACTIVITY_OVERDUE}`);
  if (filter.concerningCountries?.length) {
    where(
      (
        p,
      ) => `EXISTS (SELECT 1 FROM activity_links al JOIN organizations ao ON ao.id = al.organization_id AND ao.deleted_at IS NULL
        WHERE al.activity_id = a.id AND ao.country IN (:...${p}))`,
      filter.concerningCountries,
    );
  }
  if (filter.participantUserId) {
    where(
      (p) => `EXISTS (SELECT 1 FROM activity_users au WHERE au.activity_id = a.id AND au.user_id = :${p})`,
      filter.participantUserId,
    );
  }
  const concerning = filter.concerning;
  if (concerning) {
    // Each kind activities can concern; those with participations (contacts) count those too.
    for (const kind of linkTargetKinds('activities')) {
      const id = concerning[linkField(kind) as keyof ConcerningFilter];
      if (!id) continue;
      const column = kind.linkColumn!;
      const participations = kind.timeline?.participations;
      where((p) => {
        const linked = `EXISTS (SELECT 1 FROM activity_links al WHERE al.activity_id = a.id AND al.${column} = :${p})`;
        if (!participations) return linked;
        return `(${linked} OR EXISTS (SELECT 1 FROM ${participations} ap WHERE ap.activity_id = a.id AND ap.${column} = :${p}))`;
      }, id);
    }
  }
  return query;
}

const ORDER_EXPRESSIONS: Record<ActivityOrderField, string> = {
  [ActivityOrderField.STARTS_AT]: 'a.starts_at',
  [ActivityOrderField.DUE_AT]: 'a.due_at',
  [ActivityOrderField.CREATED_AT]: 'a.created_at',
  [ActivityOrderField.UPDATED_AT]: 'a.updated_at',
  [ActivityOrderField.SUBJECT]: 'lower(a.subject)',
};

/** The order asked for, or newest first by when it happens. */
export function activityOrdering(order?: ActivityOrder): Ordering {
  if (!order) {
    return [
      [ACTIVITY_WHEN, 'DESC'],
      ['a.id', 'DESC'],
    ];
  }
  return [
    [ORDER_EXPRESSIONS[order.field], order.direction],
    ['a.id', order.direction],
  ];
}

/**
 * Records an activity with its participants, what it concerns and, when asked, its follow-up
 * to-do, in the caller's transaction: all of it or nothing.
 */
export async function createActivity(manager: EntityManager, input: CreateActivityInput, actor: Actor) {
  const { participantContactIds, participantUserIds, concerns, followUp, ...values } = input;
  const activity = await createRecord(manager, ACTIVITY, { ...values, ownerId: values.ownerId ?? actor.userId }, actor);
  await addParticipants(
    manager,
    activity.id,
    { contactIds: participantContactIds, userIds: participantUserIds },
    actor,
    {
      contactIds: 'participantContactIds',
      userIds: 'participantUserIds',
    },
  );
  if (concerns) await addConcerns(manager, activity.id, concerns, actor);
  if (followUp) {
    const todo = await createRecord(
      manager,
      ACTIVITY,
      {
        kind: 'todo',
        status: 'planned',
        subject: followUp.subject,
        dueAt: followUp.dueAt ?? null,
        ownerId: followUp.ownerId ?? activity.ownerId,
        teamId: activity.teamId,
        visibility: activity.visibility,
      },
      actor,
    );
    if (concerns) await addConcerns(manager, todo.id, concerns, actor);
  }
  return activity;
}

export async function updateActivity(manager: EntityManager, viewer: Viewer, input: UpdateActivityInput, actor: Actor) {
  const { id, version, ...patch } = input;
  for (const field of ['kind', 'subject', 'status', 'visibility'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const before = await activityToEdit(manager, viewer, id);
  const startsAt = patch.startsAt !== undefined ? patch.startsAt : before.startsAt;
  const endsAt = patch.endsAt !== undefined ? patch.endsAt : before.endsAt;
  if (startsAt && endsAt && endsAt < startsAt) {
    throw patch.endsAt !== undefined
      ? BadUserInputError.field('endsAt', 'must not be before startsAt')
      : BadUserInputError.field('startsAt', 'must not be after endsAt');
  }
  return updateRecord(manager, ACTIVITY, id, version, patch as Partial<Activity>, actor);
}

export async function deleteActivity(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number | undefined,
  actor: Actor,
) {
  await activityToEdit(manager, viewer, id);
  return deleteRecord(manager, ACTIVITY, id, version, actor);
}

export async function restoreActivity(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  await activityToEdit(manager, viewer, id, true);
  return restoreRecord(manager, ACTIVITY, id, actor);
}
