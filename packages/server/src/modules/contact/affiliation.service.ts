import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import { recordChanges, type Actor, type ChangeEntry } from '../shared/audit-writer';
import type { ChangeAction } from '../shared/change.entity';
import { Organization } from '../organization/organization.entity';
import { ORGANIZATION } from '../organization/organization.service';
import { findRecord, snapshot } from '../shared/record-mutations';
import { Affiliation, affiliationSnapshot } from './affiliation.entity';
import type { AffiliateContactInput, RemoveAffiliationInput, UpdateAffiliationInput } from './affiliation.inputs';
import { Contact, fullName } from './contact.entity';
import { CONTACT } from './contact.service';

/** The same change on both ends of the link: in the contact's history and in the organization's. */
function linkChanges(action: ChangeAction, before: Affiliation | null, after: Affiliation | null): ChangeEntry[] {
  const link = (after ?? before)!;
  const diff = {
    affiliation: { before: before && affiliationSnapshot(before), after: after && affiliationSnapshot(after) },
  };
  return [
    { recordType: 'Contact', recordId: link.contactId, action, diff },
    { recordType: 'Organization', recordId: link.organizationId, action, diff },
  ];
}

/** Locks the contact's row so that concurrent changes to its affiliations take turns. */
async function lockContact(manager: EntityManager, contactId: string): Promise<void> {
  await manager.query('SELECT id FROM contacts WHERE id = $1 FOR UPDATE', [contactId]);
}

async function findAffiliation(manager: EntityManager, id: string): Promise<Affiliation> {
  const affiliation = await manager.findOne(Affiliation, { where: { id } });
  if (!affiliation) throw new NotFoundError('Affiliation', id);
  return affiliation;
}

/** The affiliation locked with its contact, so that what is read stays true until commit. */
async function lockAffiliation(manager: EntityManager, id: string): Promise<Affiliation> {
  await lockContact(manager, (await findAffiliation(manager, id)).contactId);
  return findAffiliation(manager, id);
}

const roleOf = (role: string | null | undefined) => role?.trim() ?? '';

function checkDates(since: string | null, until: string | null): void {
  if (since && until && until < since) throw BadUserInputError.field('until', 'must not be before since');
}

async function refuseDuplicate(
  manager: EntityManager,
  link: Pick<Affiliation, 'contactId' | 'organizationId' | 'role'>,
) {
  const existing = await manager.findOne(Affiliation, {
    where: { contactId: link.contactId, organizationId: link.organizationId, role: link.role },
  });
  if (!existing) return;
  const [contact, organization] = await Promise.all([
    manager.findOne(Contact, { where: { id: link.contactId }, withDeleted: true }),
    manager.findOne(Organization, { where: { id: link.organizationId }, withDeleted: true }),
  ]);
  const who = contact ? fullName(contact) : `Contact ${link.contactId}`;
  const where = organization?.name ?? `organization ${link.organizationId}`;
  const as = link.role ? `as "${link.role}"` : 'without a role';
  throw new ConflictError(`${who} is already affiliated with ${where} ${as}`, snapshot(existing));
}

/** Makes the contact's current primary affiliation, if any other than `exceptId`, a plain one. */
async function unsetPrimary(manager: EntityManager, contactId: string, exceptId: string | null, actor: Actor) {
  const previous = await manager.findOne(Affiliation, { where: { contactId, isPrimary: true } });
  if (!previous || previous.id === exceptId) return;
  await manager
    .createQueryBuilder()
    .update(Affiliation)
    .set({ isPrimary: false, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id', { id: previous.id })
    .execute();
  await recordChanges(manager, actor, linkChanges('update', previous, { ...previous, isPrimary: false }));
}

export async function affiliateContact(manager: EntityManager, input: AffiliateContactInput, actor: Actor) {
  await lockContact(manager, input.contactId);
  await findRecord(manager, CONTACT, input.contactId).catch(() => {
    throw BadUserInputError.field('contactId', 'is not an existing contact');
  });
  await findRecord(manager, ORGANIZATION, input.organizationId).catch(() => {
    throw BadUserInputError.field('organizationId', 'is not an existing organization');
  });
  const values = {
    contactId: input.contactId,
    organizationId: input.organizationId,
    role: roleOf(input.role),
    isPrimary: input.primary ?? false,
    since: input.since ?? null,
    until: input.until ?? null,
  };
  checkDates(values.since, values.until);
  await refuseDuplicate(manager, values);
  if (values.isPrimary) await unsetPrimary(manager, values.contactId, null, actor);
  const saved = await manager.save(
    manager.create(Affiliation, { ...values, createdById: actor.userId, updatedById: actor.userId }),
  );
  await recordChanges(manager, actor, linkChanges('link', null, saved));
  return findAffiliation(manager, saved.id);
}

export async function updateAffiliation(manager: EntityManager, input: UpdateAffiliationInput, actor: Actor) {
  const before = await lockAffiliation(manager, input.id);
  if (before.version !== input.version) {
    throw new ConflictError(
      `Affiliation ${input.id} was changed by someone else (version ${before.version}, not ${input.version})`,
      snapshot(before),
    );
  }
  const next: Affiliation = {
    ...before,
    role: input.role !== undefined ? roleOf(input.role) : before.role,
    isPrimary: input.primary ?? before.isPrimary,
    since: input.since !== undefined ? input.since : before.since,
    until: input.until !== undefined ? input.until : before.until,
  };
  checkDates(next.since, next.until);
  const changed = (['role', 'isPrimary', 'since', 'until'] as const).filter((field) => next[field] !== before[field]);
  if (changed.length === 0) return before;
  if (next.role !== before.role) await refuseDuplicate(manager, next);
  if (next.isPrimary && !before.isPrimary) await unsetPrimary(manager, next.contactId, next.id, actor);
  const result = await manager
    .createQueryBuilder()
    .update(Affiliation)
    .set({
      ...Object.fromEntries(changed.map((field) => [field, next[field]])),
      updatedById: actor.userId,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    })
    .where('id = :id AND version = :version', { id: input.id, version: input.version })
    .execute();
  if (!result.affected) {
    const current = await findAffiliation(manager, input.id);
    throw new ConflictError(`Affiliation ${input.id} was changed by someone else`, snapshot(current));
  }
  const after = await findAffiliation(manager, input.id);
  await recordChanges(manager, actor, linkChanges('update', before, after));
  return after;
}

/** Removes the link itself (links are not soft-deleted); the answer is the link as it was. */
export async function removeAffiliation(manager: EntityManager, input: RemoveAffiliationInput, actor: Actor) {
  const before = await lockAffiliation(manager, input.id);
  if (input.version !== undefined && input.version !== null && before.version !== input.version) {
    throw new ConflictError(`Affiliation ${input.id} was changed by someone else`, snapshot(before));
  }
  await manager.delete(Affiliation, { id: input.id });
  await recordChanges(manager, actor, linkChanges('unlink', before, null));
  return before;
}
