import type { EntityManager } from 'typeorm';
import type { Actor } from '../shared/audit-writer';
import { findRecord } from '../shared/record-mutations';
import { affiliateContact } from '../contact/affiliation.service';
import { Affiliation } from '../contact/affiliation.entity';
import type { CreateContactInput, UpdateContactInput } from '../contact/contact.inputs';
import { CONTACT, createContact, updateContact } from '../contact/contact.service';
import type { CreateOrganizationInput, UpdateOrganizationInput } from '../organization/organization.inputs';
import { ORGANIZATION, createOrganization, updateOrganization } from '../organization/organization.service';
import type { ExternalIdKind } from './external-id.entity';
import type { ImportJob } from './import-job.entity';
import type { ImportCellError, ImportOutcome } from './import-row.entity';
import type { ConvertedRow } from './import-values';

export interface RowResult {
  outcome: ImportOutcome;
  recordId: string | null;
  errors: ImportCellError[];
}

const TABLE: Record<ExternalIdKind, string> = { organization: 'organizations', contact: 'contacts' };

/** The live record with this external id, if any. */
async function byExternalId(
  manager: EntityManager,
  kind: ExternalIdKind,
  source: string,
  externalId: string,
): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT e.record_id FROM external_ids e JOIN ${TABLE[kind]} r ON r.id = e.record_id AND r.deleted_at IS NULL
     WHERE e.kind = $1 AND e.source = $2 AND e.external_id = $3`,
    [kind, source, externalId],
  );
  return row?.record_id ?? null;
}

/** The oldest live organization of this name (any case), in this country when one is given. */
async function organizationByName(
  manager: EntityManager,
  name: string,
  country: string | null | undefined,
): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT id FROM organizations WHERE deleted_at IS NULL AND lower(name) = lower($1)
       AND ($2::text IS NULL OR country = $2) ORDER BY created_at, id LIMIT 1`,
    [name, country ?? null],
  );
  return row?.id ?? null;
}

async function contactByEmail(manager: EntityManager, emails: string[]): Promise<string | null> {
  if (!emails.length) return null;
  const [row] = await manager.query(
    `SELECT id FROM contacts WHERE deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM unnest(emails) e WHERE lower(e) = ANY($1::text[])) ORDER BY created_at, id LIMIT 1`,
    [emails.map((email) => email.toLowerCase())],
  );
  return row?.id ?? null;
}

interface Match {
  id: string;
  by: 'external id' | 'email' | 'name and country';
}

async function findMatch(manager: EntityManager, job: ImportJob, row: ConvertedRow): Promise<Match | null> {
  const kind: ExternalIdKind = job.kind === 'contacts' ? 'contact' : 'organization';
  if (row.externalId) {
    const id = await byExternalId(manager, kind, job.source, row.externalId);
    if (id) return { id, by: 'external id' };
  }
  if (job.kind === 'contacts') {
    const id = await contactByEmail(manager, (row.values.emails as string[] | undefined) ?? []);
    return id ? { id, by: 'email' } : null;
  }
  const id = await organizationByName(manager, row.values.name as string, (row.values.country as string) ?? null);
  return id ? { id, by: 'name and country' } : null;
}

/** The row of this job that already wrote the record, when a row repeats an earlier one. */
async function earlierRow(manager: EntityManager, jobId: string, recordId: string): Promise<number | null> {
  const [row] = await manager.query(
    `SELECT row_number FROM import_rows WHERE job_id = $1 AND record_id = $2 AND outcome IN ('created', 'updated')
     ORDER BY row_number LIMIT 1`,
    [jobId, recordId],
  );
  return row?.row_number ?? null;
}

async function resolveOrganization(
  manager: EntityManager,
  job: ImportJob,
  row: ConvertedRow,
): Promise<{ id: string | null; error: string | null }> {
  if (row.organizationExternalId) {
    const id = await byExternalId(manager, 'organization', job.source, row.organizationExternalId);
    if (id) return { id, error: null };
    if (!row.organizationName) {
      return { id: null, error: `no organization has the external id "${row.organizationExternalId}" (${job.source})` };
    }
  }
  if (!row.organizationName) return { id: null, error: null };
  const id = await organizationByName(manager, row.organizationName, null);
  return id
    ? { id, error: null }
    : { id: null, error: `no organization is named "${row.organizationName}"; import the organizations first` };
}

async function setExternalId(
  manager: EntityManager,
  job: ImportJob,
  kind: ExternalIdKind,
  recordId: string,
  id: string,
) {
  // A trashed record may still hold the id: the id moves to the record the import now writes.
  await manager.query(
    `INSERT INTO external_ids (kind, record_id, source, external_id, import_job_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kind, source, external_id) DO UPDATE SET record_id = EXCLUDED.record_id, import_job_id = EXCLUDED.import_job_id
     WHERE external_ids.record_id <> EXCLUDED.record_id`,
    [kind, recordId, job.source, id, job.id],
  );
}

async function affiliate(manager: EntityManager, contactId: string, organizationId: string, actor: Actor) {
  const existing = await manager.findOne(Affiliation, { where: { contactId, organizationId } });
  if (existing) return;
  const primary = !(await manager.exists(Affiliation, { where: { contactId, isPrimary: true } }));
  await affiliateContact(manager, { contactId, organizationId, role: null, primary }, actor);
}

/** Lists grow by the row's values; other fields take the row's non-empty cells. */
function mergedPatch(current: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      const was = (current[field] as string[] | undefined) ?? [];
      const known = new Set(was.map((item) => item.toLowerCase()));
      const added = value.filter((item: string) => !known.has(item.toLowerCase()));
      if (added.length) patch[field] = [...was, ...added];
    } else if (field !== 'kind' || value !== 'other') {
      patch[field] = value;
    }
  }
  return patch;
}

async function writeRecord(
  manager: EntityManager,
  job: ImportJob,
  values: Record<string, unknown>,
  existingId: string | null,
  actor: Actor,
): Promise<string> {
  if (job.kind === 'contacts') {
    if (!existingId) return (await createContact(manager, values as unknown as CreateContactInput, actor)).id;
    const current = await findRecord(manager, CONTACT, existingId);
    const patch = mergedPatch(current as never, values);
    await updateContact(manager, { id: existingId, version: current.version, ...patch } as UpdateContactInput, actor);
    return existingId;
  }
  if (!existingId) return (await createOrganization(manager, values as unknown as CreateOrganizationInput, actor)).id;
  const current = await findRecord(manager, ORGANIZATION, existingId);
  const patch = mergedPatch(current as never, values);
  await updateOrganization(
    manager,
    { id: existingId, version: current.version, ...patch } as UpdateOrganizationInput,
    actor,
  );
  return existingId;
}

/**
 * Writes one converted row through the organization and contact services (so that the history
 * has it, and undo can read it back): matched on external id, then email or name and country;
 * a record an earlier row of the file wrote is a duplicate within the file and is refused.
 */
export async function writeRow(
  manager: EntityManager,
  job: ImportJob,
  row: ConvertedRow,
  actor: Actor,
): Promise<RowResult> {
  if (row.errors.length) return { outcome: 'rejected', recordId: null, errors: row.errors };
  const kind: ExternalIdKind = job.kind === 'contacts' ? 'contact' : 'organization';

  let organizationId: string | null = null;
  if (job.kind === 'contacts') {
    const organization = await resolveOrganization(manager, job, row);
    if (organization.error) {
      return { outcome: 'rejected', recordId: null, errors: [{ column: null, reason: organization.error }] };
    }
    organizationId = organization.id;
  }

  const match = await findMatch(manager, job, row);
  if (match) {
    const earlier = await earlierRow(manager, job.id, match.id);
    if (earlier !== null) {
      const reason = `duplicate of row ${earlier} of this file (same ${match.by})`;
      return { outcome: 'rejected', recordId: null, errors: [{ column: null, reason }] };
    }
    const update = job.onDuplicate === 'update';
    if (job.onDuplicate === 'skip' || (job.onDuplicate === 'create' && match.by === 'external id')) {
      return { outcome: 'skipped', recordId: match.id, errors: [] };
    }
    if (update) {
      await writeRecord(manager, job, row.values, match.id, actor);
      if (row.externalId) await setExternalId(manager, job, kind, match.id, row.externalId);
      if (organizationId) await affiliate(manager, match.id, organizationId, actor);
      return { outcome: 'updated', recordId: match.id, errors: [] };
    }
  }
  const id = await writeRecord(manager, job, row.values, null, actor);
  if (row.externalId) await setExternalId(manager, job, kind, id, row.externalId);
  if (organizationId) await affiliate(manager, id, organizationId, actor);
  return { outcome: 'created', recordId: id, errors: [] };
}
