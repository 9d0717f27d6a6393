import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { maySeeContactDetails } from '../contact/contact.policy';
import { applyRecordFilter, likePattern, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../shared/record-mutations';
import { LEAD_FIELDS, LEAD_STATUSES, Lead } from './lead.entity';
import {
  LeadOrderField,
  type CreateLeadInput,
  type LeadFilter,
  type LeadOrder,
  type UpdateLeadInput,
} from './lead.inputs';
import { leadToEdit, visibleLeads } from './lead.policy';

export const LEAD: RecordKind<Lead> = {
  entity: Lead,
  type: 'Lead',
  fields: LEAD_FIELDS,
  table: 'leads',
  freeText: ['name', 'organization_name', 'email', 'interest', 'notes', 'disqualified_reason'],
  title: 'r.name',
  linkColumn: 'lead_id',
  owned: true,
  visibility: true,
  trash: true,
  taggable: true,
  checkPatch: refuseChangesOfConverted,
  search: { subtitle: `coalesce(r.organization_name || ' · ', '') || r.status` },
};

/** A converted lead changes only its notes, whatever the path (an edit, a revert from the history). */
async function refuseChangesOfConverted(manager: EntityManager, id: string, patch: Partial<Lead>): Promise<void> {
  const others = Object.keys(patch).filter((field) => patch[field as keyof Lead] !== undefined && field !== 'notes');
  if (others.length === 0) return;
  const rows: { status: string }[] = await manager.query('SELECT status FROM leads WHERE id = $1', [id]);
  if (rows[0]?.status !== 'converted') return;
  throw new BadUserInputError(`A converted lead changes only its notes, not ${others.join(', ')}`, {
    ...Object.fromEntries(others.map((field) => [field, ['cannot change once the lead is converted']])),
  });
}

/** Live leads the viewer may see, matching a filter, as a query aliased `l`. */
export function leadQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: LeadFilter,
): SelectQueryBuilder<Lead> {
  const query = source.getRepository(Lead).createQueryBuilder('l');
  const visible = visibleLeads('l', viewer);
  query.andWhere(visible.sql, visible.parameters);
  applyRecordFilter(query, filter, {
    taggingColumn: 'lead_id',
    textColumns: ['name', 'organization_name', 'interest'],
  });
  if (!filter) return query;
  const inList = (column: string, name: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    const p = uniqueParameter(name);
    query.andWhere(`l.${column} IN (:...${p})`, { [p]: values });
  };
  inList('status', 'statuses', filter.statuses);
  inList('source', 'sources', filter.sources);
  inList('country', 'countries', filter.countries);
  if (filter.search?.trim()) {
    const p = uniqueParameter('search');
    const columns = ['search_name', 'search_acronym', ...(maySeeContactDetails(viewer) ? ['search_emails'] : [])];
    query.andWhere(`(${columns.map((column) => `l.${column} LIKE search_fold(:${p})`).join(' OR ')})`, {
      [p]: likePattern(filter.search.trim()),
    });
  }
  return query;
}

const ORDER_EXPRESSIONS: Record<LeadOrderField, string> = {
  [LeadOrderField.CREATED_AT]: 'l.created_at',
  [LeadOrderField.UPDATED_AT]: 'l.updated_at',
  [LeadOrderField.NAME]: 'lower(l.name)',
  [LeadOrderField.STATUS]: `CASE l.status ${LEAD_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`,
};

/** The newest first by default; among equals the newest first, then by id. */
export function leadOrdering(order?: LeadOrder): Ordering {
  const field = order?.field ?? LeadOrderField.CREATED_AT;
  const direction = order?.direction ?? (order ? 'ASC' : 'DESC');
  const ordering: Ordering = [[ORDER_EXPRESSIONS[field], direction]];
  if (field !== LeadOrderField.CREATED_AT) ordering.push(['l.created_at', 'DESC']);
  ordering.push(['l.id', direction]);
  return ordering;
}

/** TEAM visibility needs a team, and a non-admin gives only a team of theirs. */
function checkSharing(viewer: Viewer, values: Partial<Lead>, current?: Lead): void {
  const teamId = values.teamId !== undefined ? values.teamId : (current?.teamId ?? null);
  const visibility = values.visibility ?? current?.visibility ?? 'everyone';
  if (values.teamId && viewer.role !== 'admin' && !viewer.teamIds.includes(values.teamId)) {
    throw BadUserInputError.field('teamId', 'must be one of your teams');
  }
  if (visibility === 'team' && !teamId) throw BadUserInputError.field('teamId', 'is needed to share with a team');
}

const blankToNull = (value: string | null | undefined) =>
  value?.trim() ? value.trim() : value === undefined ? undefined : null;

export async function createLead(manager: EntityManager, viewer: Viewer, input: CreateLeadInput, actor: Actor) {
  const values: Partial<Lead> = {
    ...input,
    name: input.name.trim(),
    organizationName: blankToNull(input.organizationName) ?? null,
    email: blankToNull(input.email) ?? null,
    interest: input.interest ?? '',
    notes: input.notes ?? '',
    source: input.source ?? 'other',
    status: input.status ?? 'new',
    visibility: input.visibility ?? 'everyone',
    ownerId: input.ownerId ?? actor.userId,
  };
  checkSharing(viewer, values);
  return createRecord(manager, LEAD, values, actor);
}

export async function updateLead(manager: EntityManager, viewer: Viewer, input: UpdateLeadInput, actor: Actor) {
  const { id, version, ...patch } = input;
  for (const field of ['name', 'source', 'status', 'visibility'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const before = await leadToEdit(manager, viewer, id);
  await refuseChangesOfConverted(manager, id, patch as Partial<Lead>);
  const values: Partial<Lead> = {
    ...(patch as Partial<Lead>),
    organizationName: blankToNull(patch.organizationName),
    email: blankToNull(patch.email),
    interest: patch.interest === null ? '' : patch.interest,
    notes: patch.notes === null ? '' : patch.notes,
  };
  // Back to a working status, a disqualified lead forgets why it was disqualified.
  if (values.status && before.status === 'disqualified') values.disqualifiedReason = null;
  checkSharing(viewer, values, before);
  return updateRecord(manager, LEAD, id, version, values, actor);
}

export async function disqualifyLead(
  manager: EntityManager,
  viewer: Viewer,
  input: { id: string; version: number; reason: string },
  actor: Actor,
) {
  const lead = await leadToEdit(manager, viewer, input.id);
  if (lead.status === 'converted') throw BadUserInputError.field('id', 'is converted; undo the conversion first');
  const patch: Partial<Lead> = { status: 'disqualified', disqualifiedReason: input.reason.trim() };
  return updateRecord(manager, LEAD, input.id, input.version, patch, actor);
}

export async function deleteLead(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number | undefined,
  actor: Actor,
) {
  await leadToEdit(manager, viewer, id);
  return deleteRecord(manager, LEAD, id, version, actor);
}

export async function restoreLead(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  await leadToEdit(manager, viewer, id, true);
  return restoreRecord(manager, LEAD, id, actor);
}
