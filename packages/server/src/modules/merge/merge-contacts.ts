import type { EntityManager } from 'typeorm';
import type { Actor } from '../shared/audit-writer';
import type { Contact } from '../contact/contact.entity';
import { CONTACT } from '../contact/contact.service';
import type { MergeContactsInput } from './merge.inputs';
import { emptyFieldsFilled, mergeRecords, type MergeKind } from './merge.service';

/** The survivor's list followed by what the duplicate adds to it, compared by `key`. */
function union(survivor: string[], duplicate: string[], key: (value: string) => string = (value) => value): string[] {
  const seen = new Set(survivor.map(key));
  const added = duplicate.filter((value) => {
    if (seen.has(key(value))) return false;
    seen.add(key(value));
    return true;
  });
  return [...survivor, ...added];
}

const FILLED = ['firstName', 'title', 'country', 'notes', 'ownerId', 'teamId'] as const;
const folded = (value: string) => value.trim().toLowerCase();
const digits = (value: string) => value.replace(/[^\d+]/g, '');

const CONTACT_MERGE: MergeKind<Contact> = {
  kind: CONTACT,
  noun: 'contact',
  moves: [
    { table: 'affiliations', column: 'contact_id', unique: ['organization_id', 'role'] },
    { table: 'project_contacts', column: 'contact_id', unique: ['project_id', 'role'] },
    { table: 'activity_contacts', column: 'contact_id', unique: ['activity_id'] },
    { table: 'activity_links', column: 'contact_id', unique: ['activity_id'] },
    { table: 'document_links', column: 'contact_id', unique: ['document_id'] },
    { table: 'taggings', column: 'contact_id', unique: ['tag_id'] },
    { table: 'opportunity_contacts', column: 'contact_id', unique: ['opportunity_id'] },
  ],
  together: { consentBasis: ['consentBasis', 'consentDate', 'consentSource'] },
  async prepare(manager, survivor, duplicate, actor) {
    // A contact has one primary affiliation at most: the survivor's stays the primary one.
    await manager.query(
      `UPDATE affiliations SET is_primary = false, version = version + 1, updated_at = now(), updated_by_id = $3
       WHERE contact_id = $2 AND is_primary AND EXISTS (SELECT 1 FROM affiliations WHERE contact_id = $1 AND is_primary)`,
      [survivor.id, duplicate.id, actor.userId],
    );
  },
  async fill(_manager, survivor, duplicate) {
    const patch: Partial<Contact> = emptyFieldsFilled(survivor, duplicate, FILLED);
    if (!survivor.consentBasis && duplicate.consentBasis) {
      // The basis, its date and its source go together.
      Object.assign(patch, {
        consentBasis: duplicate.consentBasis,
        consentDate: duplicate.consentDate,
        consentSource: duplicate.consentSource,
      });
    }
    const lists = {
      emails: union(survivor.emails, duplicate.emails, folded),
      phones: union(survivor.phones, duplicate.phones, digits),
      expertise: union(survivor.expertise, duplicate.expertise, folded),
    };
    for (const [field, value] of Object.entries(lists) as [keyof typeof lists, string[]][]) {
      if (value.length !== survivor[field].length) patch[field] = value;
    }
    return patch;
  },
};

export function mergeContacts(manager: EntityManager, input: MergeContactsInput, actor: Actor) {
  return mergeRecords(manager, CONTACT_MERGE, input, actor, input.takeFromDuplicate ?? []);
}
