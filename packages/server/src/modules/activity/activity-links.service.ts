import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { activityTargets, ActivityLink, type ActivityTarget } from './activity-link.entity';
import type { ActivityConcernsInput, ActivityParticipantsInput, LinkActivityInput } from './activity-link.inputs';
import { ActivityContact, ActivityUser } from './activity-participant.entity';
import { activityToEdit } from './activity.policy';
import { checkTargetsExist, linkTarget, recordLinkChanges } from './link-changes';

const activityEnd = (activityId: string) => ({ recordType: 'Activity', recordId: activityId });

function linkValue(link: ActivityLink) {
  const target = activityTargets().find((column) => link[column])!;
  return { id: link.id, activityId: link.activityId, [target]: link[target] };
}

/** Links an activity to records of one kind, skipping those it is already linked to. */
async function linkTargets(
  manager: EntityManager,
  activityId: string,
  column: ActivityTarget,
  ids: readonly string[],
  actor: Actor,
): Promise<ActivityLink[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const existing = await manager.find(ActivityLink, { where: { activityId, [column]: In(unique) } });
  const present = new Set(existing.map((link) => link[column]));
  const links: ActivityLink[] = [];
  for (const id of unique.filter((id) => !present.has(id))) {
    const link = await manager.save(
      manager.create(ActivityLink, { activityId, [column]: id, createdById: actor.userId, updatedById: actor.userId }),
    );
    await recordLinkChanges(manager, actor, 'link', 'activityLink', linkValue(link), [
      activityEnd(activityId),
      { recordType: linkTarget(column).type, recordId: id },
    ]);
    links.push(link);
  }
  return links;
}

/** Links a new activity to what it concerns (ids already checked or checked here). */
export async function addConcerns(
  manager: EntityManager,
  activityId: string,
  concerns: ActivityConcernsInput,
  actor: Actor,
): Promise<void> {
  for (const column of activityTargets()) {
    const field = column.replace(/Id$/, 'Ids') as keyof ActivityConcernsInput;
    const ids = concerns[field] ?? [];
    await checkTargetsExist(manager, column, ids, `concerns.${field}`);
    await linkTargets(manager, activityId, column, ids, actor);
  }
}

/** Adds contacts and users as participants; those already taking part are left as they are. */
export async function addParticipants(
  manager: EntityManager,
  activityId: string,
  input: { contactIds?: string[]; userIds?: string[] },
  actor: Actor,
  fields = { contactIds: 'contactIds', userIds: 'userIds' },
): Promise<void> {
  const contactIds = [...new Set(input.contactIds ?? [])];
  const userIds = [...new Set(input.userIds ?? [])];
  await checkTargetsExist(manager, 'contactId', contactIds, fields.contactIds);
  await checkTargetsExist(manager, 'userId', userIds, fields.userIds);
  const author = { createdById: actor.userId, updatedById: actor.userId };

  const contacts = contactIds.length
    ? await manager.find(ActivityContact, { where: { activityId, contactId: In(contactIds) } })
    : [];
  for (const contactId of contactIds.filter((id) => !contacts.some((row) => row.contactId === id))) {
    const row = await manager.save(manager.create(ActivityContact, { activityId, contactId, ...author }));
    await recordLinkChanges(manager, actor, 'link', 'activityContact', { id: row.id, activityId, contactId }, [
      activityEnd(activityId),
      { recordType: 'Contact', recordId: contactId },
    ]);
  }
  const users = userIds.length ? await manager.find(ActivityUser, { where: { activityId, userId: In(userIds) } }) : [];
  for (const userId of userIds.filter((id) => !users.some((row) => row.userId === id))) {
    const row = await manager.save(manager.create(ActivityUser, { activityId, userId, ...author }));
    await recordLinkChanges(manager, actor, 'link', 'activityUser', { id: row.id, activityId, userId }, [
      activityEnd(activityId),
      { recordType: 'User', recordId: userId },
    ]);
  }
}

export async function addActivityParticipants(
  manager: EntityManager,
  viewer: Viewer,
  input: ActivityParticipantsInput,
  actor: Actor,
) {
  await activityToEdit(manager, viewer, input.activityId);
  await addParticipants(manager, input.activityId, input, actor);
  return activityToEdit(manager, viewer, input.activityId);
}

/** Removes participants; ids that do not take part are ignored. */
export async function removeActivityParticipants(
  manager: EntityManager,
  viewer: Viewer,
  input: ActivityParticipantsInput,
  actor: Actor,
) {
  const { activityId } = input;
  await activityToEdit(manager, viewer, activityId);
  const contacts = input.contactIds?.length
    ? await manager.find(ActivityContact, { where: { activityId, contactId: In(input.contactIds) } })
    : [];
  for (const row of contacts) {
    await manager.delete(ActivityContact, { id: row.id });
    await recordLinkChanges(
      manager,
      actor,
      'unlink',
      'activityContact',
      { id: row.id, activityId, contactId: row.contactId },
      [activityEnd(activityId), { recordType: 'Contact', recordId: row.contactId }],
    );
  }
  const users = input.userIds?.length
    ? await manager.find(ActivityUser, { where: { activityId, userId: In(input.userIds) } })
    : [];
  for (const row of users) {
    await manager.delete(ActivityUser, { id: row.id });
    await recordLinkChanges(manager, actor, 'unlink', 'activityUser', { id: row.id, activityId, userId: row.userId }, [
      activityEnd(activityId),
      { recordType: 'User', recordId: row.userId },
    ]);
  }
  return activityToEdit(manager, viewer, activityId);
}

/** Links an activity to exactly one record; CONFLICT when that link exists already. */
export async function linkActivity(manager: EntityManager, viewer: Viewer, input: LinkActivityInput, actor: Actor) {
  const targets = activityTargets();
  const given = targets.filter((column) => input[column]);
  if (given.length !== 1) {
    const message = given.length ? 'give only one target' : 'give one target';
    const columns = given.length ? given : targets;
    throw new BadUserInputError(`Give exactly one of ${targets.join(', ')}`, {
      ...Object.fromEntries(columns.map((column) => [column, [message]])),
    });
  }
  const column = given[0];
  const targetId = input[column]!;
  await activityToEdit(manager, viewer, input.activityId);
  await checkTargetsExist(manager, column, [targetId], column);
  const [link] = await linkTargets(manager, input.activityId, column, [targetId], actor);
  if (!link) throw new ConflictError(`The activity is already linked to this ${linkTarget(column).type.toLowerCase()}`);
  return link;
}

/** Removes one link; NOT_FOUND when there is none or its activity is hidden from the viewer. */
export async function unlinkActivity(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  const link = await manager.findOne(ActivityLink, { where: { id } });
  if (!link) throw new NotFoundError('ActivityLink', id);
  await activityToEdit(manager, viewer, link.activityId).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('ActivityLink', id) : error;
  });
  await manager.delete(ActivityLink, { id });
  const target = activityTargets().find((column) => link[column])!;
  await recordLinkChanges(manager, actor, 'unlink', 'activityLink', linkValue(link), [
    activityEnd(link.activityId),
    { recordType: linkTarget(target).type, recordId: link[target]! },
  ]);
  return activityToEdit(manager, viewer, link.activityId);
}
