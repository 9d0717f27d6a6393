import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import { Affiliation } from '../contact/affiliation.entity';
import { affiliateContact, removeAffiliation } from '../contact/affiliation.service';
import type { CreateContactInput } from '../contact/contact.inputs';
import { CONTACT, createContact } from '../contact/contact.service';
import { OPPORTUNITY, createOpportunity } from '../opportunity/opportunity.service';
import { ORGANIZATION, createOrganization } from '../organization/organization.service';
import type { Actor } from '../shared/audit-writer';
import { Change } from '../shared/change.entity';
import { recordKinds } from '../shared/domain-module';
import type { RecordKind } from '../shared/record-kind';
import type { RecordEntity } from '../../core/db/record.entity';
import { deleteRecord, findRecord, snapshot, updateRecord, type RecordedAs } from '../shared/record-mutations';
import type { Lead } from './lead.entity';
import type { ConvertLeadInput } from './lead.inputs';
import { leadToEdit } from './lead.policy';
import { LEAD } from './lead.service';

/** "Ada King Lovelace" → given name "Ada King", family name "Lovelace"; one word is a family name. */
function splitName(name: string): Pick<CreateContactInput, 'firstName' | 'lastName'> {
  const words = name.trim().split(/\s+/);
  const lastName = words.pop()!;
  return { firstName: words.length ? words.join(' ') : null, lastName };
}

async function existing<T extends RecordEntity>(
  manager: EntityManager,
  kind: RecordKind<T>,
  id: string,
  field: string,
): Promise<T> {
  return findRecord(manager, kind, id).catch(() => {
    throw BadUserInputError.field(field, `is not an existing ${kind.type.toLowerCase()}`);
  });
}

/**
 * Converts a lead in the caller's transaction: the contact (created from the lead, or the one
 * given), the organization (created from its organization name, or the one given; none when it
 * names none), the contact's affiliation with it, the opportunity when asked (its first stage
 * recorded as entered by conversion), then the lead marked CONVERTED with links to them. Any refusal on the way rolls the whole transaction back, so nothing is left half made.
 */
export async function convertLead(manager: EntityManager, viewer: Viewer, input: ConvertLeadInput, actor: Actor) {
  const lead = await leadToEdit(manager, viewer, input.id);
  if (lead.version !== input.version) {
    throw new ConflictError(
      `Lead ${lead.id} was changed by someone else (version ${lead.version}, not ${input.version})`,
      snapshot(lead),
    );
  }
  if (lead.status === 'converted') throw BadUserInputError.field('id', 'is converted already');
  if (lead.status === 'disqualified') {
    throw BadUserInputError.field('id', 'is disqualified; set it back to a working status to convert it');
  }
  const owned = { ownerId: lead.ownerId ?? actor.userId, teamId: lead.teamId };

  const contact = input.contactId
    ? await existing(manager, CONTACT, input.contactId, 'contactId')
    : await createContact(
        manager,
        { ...splitName(lead.name), emails: lead.email ? [lead.email] : [], country: lead.country, ...owned },
        actor,
      );
  const organization = input.organizationId
    ? await existing(manager, ORGANIZATION, input.organizationId, 'organizationId')
    : lead.organizationName
      ? await createOrganization(
          manager,
          { name: lead.organizationName, kind: 'other', country: lead.country, ...owned },
          actor,
        )
      : null;
  if (organization) {
    const affiliated = await manager.exists(Affiliation, {
      where: { contactId: contact.id, organizationId: organization.id },
    });
    if (!affiliated) {
      await affiliateContact(
        manager,
        { contactId: contact.id, organizationId: organization.id, primary: !input.contactId },
        actor,
      );
    }
  }
  const opportunity = input.createOpportunity
    ? await createOpportunity(
        manager,
        {
          ...input.createOpportunity,
          title: input.createOpportunity.title.trim(),
          organizationId: organization?.id ?? null,
          visibility: lead.visibility,
          ...owned,
        },
        actor,
        'conversion',
      )
    : null;
  const patch: Partial<Lead> = {
    status: 'converted',
    convertedAt: new Date(),
    convertedById: actor.userId,
    convertedContactId: contact.id,
    convertedOrganizationId: organization?.id ?? null,
    convertedOpportunityId: opportunity?.id ?? null,
  };
  return updateRecord(manager, LEAD, lead.id, lead.version, patch, actor);
}

/** The change that converted the lead (the last one that set `convertedAt`), or null. */
async function conversionChange(manager: EntityManager, leadId: string): Promise<Change | null> {
  return manager
    .getRepository(Change)
    .createQueryBuilder('c')
    .where(`c.record_id = :leadId AND c.record_type = 'Lead' AND c.action = 'update'`, { leadId })
    .andWhere(`c.diff -> 'convertedAt' ->> 'after' IS NOT NULL`)
    .orderBy('c.at', 'DESC')
    .getOne();
}

/** Whether a change converted a lead. */
function isConversion(change: Change): boolean {
  return change.recordType === 'Lead' && change.action === 'update' && Boolean(change.diff.convertedAt?.after);
}

/** The changes written in the same transaction as the conversion, by the same actor, of these actions. */
function sameTransaction(manager: EntityManager, conversion: Change, actions: string[]): Promise<Change[]> {
  return (
    manager
      .getRepository(Change)
      .createQueryBuilder('c')
      .innerJoin(Change, 'conversion', 'conversion.id = :conversionId', { conversionId: conversion.id })
      // Compared in SQL: the database keeps microseconds, a JavaScript date only milliseconds.
      .where('c.at = conversion.at AND c.actor_id IS NOT DISTINCT FROM conversion.actor_id')
      .andWhere('c.action IN (:...actions)', { actions })
      .getMany()
  );
}

/**
 * Undoes a conversion in the caller's transaction: the lead back to the status it had, without
 * its links, recorded as the revert of the conversion; the contact, organization and opportunity
 * the conversion created moved to the trash (each as the revert of its creation), and the affiliation
 * it made between two records that existed before removed. CONFLICT when the lead changed since.
 */
async function undoConversion(manager: EntityManager, viewer: Viewer, conversion: Change, actor: Actor): Promise<Lead> {
  const lead = await leadToEdit(manager, viewer, conversion.recordId, 'any');
  if (lead.deletedAt) throw new ConflictError(`Lead ${lead.id} is in the trash; restore it first`, snapshot(lead));
  if (lead.status !== 'converted' || lead.convertedContactId !== conversion.diff.convertedContactId?.after) {
    throw new ConflictError(`Lead ${lead.id} changed since it was converted`, snapshot(lead));
  }
  const as: RecordedAs = { action: 'revert', revertsChangeId: conversion.id };
  const kinds = Object.fromEntries(recordKinds(CONTACT, ORGANIZATION, OPPORTUNITY).map((kind) => [kind.type, kind]));
  const made = await sameTransaction(manager, conversion, ['create', 'link']);
  const created = made.filter((change) => change.action === 'create' && kinds[change.recordType]);
  const createdIds = new Set(created.map((change) => change.recordId));
  for (const link of made.filter((change) => change.action === 'link' && change.recordType === 'Contact')) {
    const affiliation = link.diff.affiliation?.after as { id: string; organizationId: string } | undefined;
    if (!affiliation || createdIds.has(link.recordId) || createdIds.has(affiliation.organizationId)) continue;
    if (await manager.exists(Affiliation, { where: { id: affiliation.id } })) {
      await removeAffiliation(manager, { id: affiliation.id }, actor);
    }
  }
  const previous = (conversion.diff.status?.before as Lead['status'] | undefined) ?? 'qualified';
  const reverted = await updateRecord(
    manager,
    LEAD,
    lead.id,
    lead.version,
    {
      status: previous,
      convertedAt: null,
      convertedById: null,
      convertedContactId: null,
      convertedOrganizationId: null,
      convertedOpportunityId: null,
    },
    actor,
    as,
  );
  for (const creation of created) {
    const kind = kinds[creation.recordType];
    const record = await manager.findOne(kind.entity, { where: { id: creation.recordId } as never });
    if (!record) continue;
    await deleteRecord(manager, kind, record.id, undefined, actor, {
      action: 'revert',
      revertsChangeId: creation.id,
    });
  }
  return reverted;
}

/** `undoLeadConversion`: undoes the lead's last conversion; BAD_USER_INPUT when it is not converted. */
export async function undoLeadConversion(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  const lead = await leadToEdit(manager, viewer, id);
  if (lead.status !== 'converted') throw BadUserInputError.field('id', 'is not converted');
  const conversion = await conversionChange(manager, id);
  if (!conversion) throw BadUserInputError.field('id', 'has no conversion in its history');
  return undoConversion(manager, viewer, conversion, actor);
}

/**
 * The history's revert of a lead's change: a conversion is undone whole (see `undoConversion`);
 * the undoing of one is not redone, since what it trashed stays in the trash (convert it again).
 * Other changes are left to the generic revert.
 */
export async function revertLeadChange(
  manager: EntityManager,
  viewer: Viewer,
  change: Change,
  actor: Actor,
): Promise<boolean> {
  if (change.recordType !== 'Lead') return false;
  if (change.action === 'revert' && change.diff.convertedAt?.before) {
    throw BadUserInputError.field('changeId', 'undid a conversion; convert the lead again instead');
  }
  if (!isConversion(change)) return false;
  await undoConversion(manager, viewer, change, actor);
  return true;
}
