import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError } from '../../core/graphql/errors';
import { recordChanges, type Actor } from '../shared/audit-writer';
import { OpportunityContact } from './opportunity-contact.entity';
import type { SetOpportunityContactsInput, SetOpportunityNeedsInput } from './opportunity-link.inputs';
import { OpportunityNeed } from './opportunity-need.entity';
import { opportunityToEdit } from './opportunity.policy';

/** Refuses ids that are not live rows of `table`. */
async function checkLive(manager: EntityManager, table: 'contacts' | 'needs', ids: string[], field: string) {
  if (!ids.length) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
    [ids],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw BadUserInputError.field(field, `${missing.join(', ')} is not an existing ${table.slice(0, -1)}`);
}

/** One `link` or `unlink` change on each end, with the link as it is or was. */
async function recordLink(
  manager: EntityManager,
  actor: Actor,
  action: 'link' | 'unlink',
  key: 'opportunityContact' | 'opportunityNeed',
  link: Record<string, unknown>,
  other: { recordType: string; recordId: string },
) {
  const value = JSON.parse(JSON.stringify(link)) as Record<string, unknown>;
  const diff = { [key]: action === 'link' ? { before: null, after: value } : { before: value, after: null } };
  await recordChanges(manager, actor, [
    { recordType: 'Opportunity', recordId: link.opportunityId as string, action, diff },
    { ...other, action, diff },
  ]);
}

/** Makes an opportunity's main contacts exactly those given; a changed role is an unlink and a link. */
export async function setOpportunityContacts(
  manager: EntityManager,
  viewer: Viewer,
  input: SetOpportunityContactsInput,
  actor: Actor,
) {
  const { opportunityId } = input;
  await opportunityToEdit(manager, viewer, opportunityId);
  const wanted = new Map(input.contacts.map((contact) => [contact.contactId, contact.role?.trim() ?? null]));
  if (wanted.size !== input.contacts.length) throw BadUserInputError.field('contacts', 'must name each contact once');
  await checkLive(manager, 'contacts', [...wanted.keys()], 'contacts');
  const current = await manager.find(OpportunityContact, { where: { opportunityId } });
  for (const row of current) {
    if (wanted.has(row.contactId) && wanted.get(row.contactId) === row.role) {
      wanted.delete(row.contactId);
      continue;
    }
    await manager.delete(OpportunityContact, { id: row.id });
    const link = { id: row.id, opportunityId, contactId: row.contactId, role: row.role };
    await recordLink(manager, actor, 'unlink', 'opportunityContact', link, {
      recordType: 'Contact',
      recordId: row.contactId,
    });
  }
  for (const [contactId, role] of wanted) {
    const row = await manager.save(
      manager.create(OpportunityContact, {
        opportunityId,
        contactId,
        role,
        createdById: actor.userId,
        updatedById: actor.userId,
      }),
    );
    const link = { id: row.id, opportunityId, contactId, role };
    await recordLink(manager, actor, 'link', 'opportunityContact', link, {
      recordType: 'Contact',
      recordId: contactId,
    });
  }
  return opportunityToEdit(manager, viewer, opportunityId);
}

/** Makes the needs an opportunity addresses exactly those given. */
export async function setOpportunityNeeds(
  manager: EntityManager,
  viewer: Viewer,
  input: SetOpportunityNeedsInput,
  actor: Actor,
) {
  const { opportunityId } = input;
  await opportunityToEdit(manager, viewer, opportunityId);
  const wanted = new Set(input.needIds);
  await checkLive(manager, 'needs', [...wanted], 'needIds');
  const current = await manager.find(OpportunityNeed, { where: { opportunityId } });
  for (const row of current) {
    if (wanted.delete(row.needId)) continue;
    await manager.delete(OpportunityNeed, { id: row.id });
    const link = { id: row.id, opportunityId, needId: row.needId };
    await recordLink(manager, actor, 'unlink', 'opportunityNeed', link, { recordType: 'Need', recordId: row.needId });
  }
  for (const needId of wanted) {
    const row = await manager.save(
      manager.create(OpportunityNeed, { opportunityId, needId, createdById: actor.userId, updatedById: actor.userId }),
    );
    const link = { id: row.id, opportunityId, needId };
    await recordLink(manager, actor, 'link', 'opportunityNeed', link, { recordType: 'Need', recordId: needId });
  }
  return opportunityToEdit(manager, viewer, opportunityId);
}
