import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { affiliateContact } from './affiliation.service';
import { fullName } from './contact.entity';
import type { CreateContactInput } from './contact.inputs';
import { createContact } from './contact.service';

/** Why a new contact was refused, in `extensions.reason`, for forms to offer "create anyway". */
const DUPLICATE_EMAIL = 'DUPLICATE_EMAIL';

interface EmailHolder {
  id: string;
  first_name: string | null;
  last_name: string;
  deleted_at: Date | null;
}

/**
 * Refuses an email address another contact already has (compared without case), naming that
 * contact when it is live; a trashed one is only said to exist, and erased ones hold no addresses.
 */
async function refuseDuplicateEmail(manager: EntityManager, emails: string[]): Promise<void> {
  if (emails.length === 0) return;
  const folded = emails.map((email) => email.trim().toLowerCase());
  const rows: EmailHolder[] = await manager.query(
    `SELECT id, first_name, last_name, deleted_at FROM contacts c
     WHERE c.erased_at IS NULL AND EXISTS (SELECT 1 FROM unnest(c.emails) e WHERE lower(e) = ANY($1::text[]))
     ORDER BY c.deleted_at NULLS FIRST, c.created_at LIMIT 1`,
    [folded],
  );
  const holder = rows[0];
  if (!holder) return;
  const live = holder.deleted_at === null;
  const who = live ? fullName({ firstName: holder.first_name, lastName: holder.last_name }) : null;
  const message = live
    ? `${who} already has this email address`
    : 'A contact in the trash already has this email address';
  throw new BadUserInputError(
    `${message}; set allowDuplicateEmail to create another contact anyway`,
    { emails: [message] },
    { reason: DUPLICATE_EMAIL, existingContact: live ? { id: holder.id, name: who } : null },
  );
}

/**
 * Records a new contact and, when given, where they work, in the caller's transaction: the
 * contact and its affiliation are created together or not at all.
 */
export async function recordNewContact(manager: EntityManager, input: CreateContactInput, actor: Actor) {
  const { affiliation, allowDuplicateEmail, ...fields } = input;
  if (!allowDuplicateEmail) await refuseDuplicateEmail(manager, fields.emails ?? []);
  const contact = await createContact(manager, fields as CreateContactInput, actor);
  if (affiliation) {
    await affiliateContact(
      manager,
      {
        contactId: contact.id,
        organizationId: affiliation.organizationId,
        role: affiliation.role,
        primary: affiliation.primary ?? true,
      },
      actor,
    );
  }
  return contact;
}
