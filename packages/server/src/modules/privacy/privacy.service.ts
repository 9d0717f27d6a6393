import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { visibleActivities } from '../activity/activity.policy';
import { recordChanges, type Actor } from '../shared/audit-writer';
import { visibleChanges } from '../audit/change.policy';
import { Contact } from '../contact/contact.entity';
import { visibleDocuments } from '../document/document.policy';
import { counted, logPrivacyRequest } from './privacy-request.service';
import { filesMentioning, redactIdentifiers, type FileToReview, type Redaction } from './redaction';

/**
 * Everything held about one person that the viewer may see, as JSON: the answer to a subject
 * access request. Activities, documents and history entries hidden from the viewer stay out,
 * exactly as on every other read path.
 */
export async function exportPersonalData(manager: EntityManager, contactId: string, actor: Actor, viewer: Viewer) {
  const contact = await manager.findOne(Contact, { where: { id: contactId }, withDeleted: true });
  if (!contact) throw new NotFoundError('Contact', contactId);
  const activity = visibleActivities('a', viewer);
  const document = visibleDocuments('d', viewer);
  const change = visibleChanges('c', viewer);
  const parameters = { ...activity.parameters, ...document.parameters, ...change.parameters, contactId };
  const q = (sql: string) => {
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
    return manager.query(text, values);
  };
  const [affiliations, projects, activities, documents, tags, history] = await Promise.all([
    q(`SELECT o.id AS "organizationId", o.name AS organization, a.role, a.is_primary AS primary, a.since, a.until
       FROM affiliations a JOIN organizations o ON o.id = a.organization_id WHERE a.contact_id = :contactId ORDER BY o.name`),
    q(`SELECT p.id AS "projectId", p.name AS project, pc.role, pc.since, pc.until, pc.note
       FROM project_contacts pc JOIN projects p ON p.id = pc.project_id WHERE pc.contact_id = :contactId ORDER BY p.name`),
    q(`SELECT a.id, a.kind, a.subject, a.description, a.outcome, a.status, a.starts_at AS "startsAt",
              a.ends_at AS "endsAt", a.due_at AS "dueAt",
              CASE WHEN EXISTS (SELECT 1 FROM activity_contacts ac WHERE ac.activity_id = a.id AND ac.contact_id = :contactId)
                   THEN 'participant' ELSE 'concerned' END AS "role"
       FROM activities a
       WHERE a.id IN (SELECT activity_id FROM activity_contacts WHERE contact_id = :contactId
                      UNION SELECT activity_id FROM activity_links WHERE contact_id = :contactId)
         AND ${activity.sql}
       ORDER BY coalesce(a.starts_at, a.due_at, a.created_at) DESC`),
    q(`SELECT d.id, d.title, d.kind, d.body, d.created_at AS "createdAt"
       FROM documents d JOIN document_links l ON l.document_id = d.id
       WHERE l.contact_id = :contactId AND ${document.sql} ORDER BY d.created_at DESC`),
    q(
      `SELECT t.label FROM taggings tg JOIN tags t ON t.id = tg.tag_id WHERE tg.contact_id = :contactId ORDER BY t.label`,
    ),
    q(`SELECT c.at, c.action, c.diff, u.name AS actor FROM changes c LEFT JOIN users u ON u.id = c.actor_id
       WHERE c.record_id = :contactId AND ${change.sql} ORDER BY c.at`),
  ]);
  await recordChanges(manager, actor, [{ recordType: 'Contact', recordId: contactId, action: 'export' }]);
  await logPrivacyRequest(
    manager,
    actor,
    'export',
    contactId,
    [
      counted(affiliations.length, 'affiliation', 'affiliations'),
      counted(projects.length, 'project', 'projects'),
      counted(activities.length, 'activity', 'activities'),
      counted(documents.length, 'document', 'documents'),
      counted(tags.length, 'tag', 'tags'),
      counted(history.length, 'history entry', 'history entries'),
    ].join(', '),
  );
  return {
    exportedAt: new Date().toISOString(),
    contact: {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      title: contact.title,
      emails: contact.emails,
      phones: contact.phones,
      country: contact.country,
      expertise: contact.expertise,
      notes: contact.notes,
      consent: { basis: contact.consentBasis, date: contact.consentDate, source: contact.consentSource },
      createdAt: contact.createdAt,
      updatedAt: contact.updatedAt,
      deletedAt: contact.deletedAt,
      erasedAt: contact.erasedAt,
    },
    affiliations,
    projects,
    activities,
    documents,
    tags: tags.map((row: { label: string }) => row.label),
    history,
  };
}

const ERASED_NAME = 'Erased contact';

/** What an erasure did beyond the contact itself. */
export interface Erasure {
  contact: Contact;
  /** Other records whose free text or history named the person, now redacted. */
  redacted: Redaction[];
  /** Stored files whose content names the person: an admin removes or keeps each. */
  filesToReview: FileToReview[];
}

/**
 * Removes a person's personal data everywhere we hold it: the contact's fields, its links to
 * organizations, projects, activities, documents and tags, the values in its history, and the
 * person's emails, phones and full name wherever other records' free text or history mention
 * them. What stays is a trashed tombstone with no personal data, so that counts and audit remain
 * true. Stored files that mention the person are listed, for an admin to decide.
 */
export async function eraseContact(manager: EntityManager, contactId: string, actor: Actor): Promise<Erasure> {
  const contact = await manager.findOne(Contact, {
    where: { id: contactId },
    withDeleted: true,
    lock: { mode: 'pessimistic_write' },
  });
  if (!contact) throw new NotFoundError('Contact', contactId);
  if (contact.erasedAt) throw BadUserInputError.field('contactId', 'is already erased');
  const identifiers = {
    emails: contact.emails,
    phones: contact.phones,
    fullName: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || null,
  };
  const run = (sql: string) => manager.query(sql, [contactId]);
  await run(`DELETE FROM affiliations WHERE contact_id = $1`);
  await run(`DELETE FROM project_contacts WHERE contact_id = $1`);
  await run(`DELETE FROM activity_contacts WHERE contact_id = $1`);
  await run(`DELETE FROM activity_links WHERE contact_id = $1`);
  await run(`DELETE FROM document_links WHERE contact_id = $1`);
  await run(`DELETE FROM taggings WHERE contact_id = $1`);
  // History entries about the person keep what happened and when, not the values.
  await run(`UPDATE changes SET diff = '{"erased": true}'::jsonb WHERE record_id = $1`);
  await run(`UPDATE changes SET diff = '{"erased": true}'::jsonb
             WHERE action IN ('link', 'unlink', 'update') AND diff::text LIKE '%' || $1 || '%'`);
  await manager.query(
    `UPDATE contacts SET first_name = NULL, last_name = $2, title = NULL, emails = '{}', phones = '{}',
       country = NULL, expertise = '{}', notes = NULL, consent_basis = NULL, consent_date = NULL,
       consent_source = NULL, erased_at = now(), deleted_at = coalesce(deleted_at, now()),
       version = version + 1, updated_at = now(), updated_by_id = $3
     WHERE id = $1`,
    [contactId, ERASED_NAME, actor.userId],
  );
  const redacted = await redactIdentifiers(manager, identifiers, contactId, actor);
  const filesToReview = await filesMentioning(manager, identifiers);
  // The entry says where the person was redacted and which files wait for a decision, never who.
  await recordChanges(manager, actor, [
    {
      recordType: 'Contact',
      recordId: contactId,
      action: 'erase',
      diff: {
        redacted: { before: null, after: redacted.map(({ recordType, recordId }) => ({ recordType, recordId })) },
        filesToReview: { before: null, after: filesToReview.map(({ documentId }) => ({ documentId })) },
      },
    },
  ]);
  await logPrivacyRequest(
    manager,
    actor,
    'erasure',
    contactId,
    `Erased; redacted in ${counted(redacted.length, 'other record', 'other records')}, ${counted(filesToReview.length, 'file', 'files')} to review`,
  );
  return {
    contact: (await manager.findOne(Contact, { where: { id: contactId }, withDeleted: true }))!,
    redacted,
    filesToReview,
  };
}
