import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { lastContactedExpression } from '../shared/contact-dates';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { applyRecordFilter, likePattern, uniqueParameter } from '../shared/record-filter';
import { createRecord, findRecord, updateRecord } from '../shared/record-mutations';
import { participationClause } from '../project/project-participation';
import { CONTACT_FIELDS, Contact } from './contact.entity';
import {
  CONSENT_DATE_MESSAGE,
  ContactOrderField,
  type ContactFilter,
  type ContactOrder,
  type CreateContactInput,
  type UpdateContactInput,
} from './contact.inputs';

export const CONTACT: RecordKind<Contact> = {
  entity: Contact,
  type: 'Contact',
  fields: CONTACT_FIELDS,
  table: 'contacts',
  freeText: ['title', 'notes', 'consent_source'],
  title: `coalesce(r.first_name || ' ', '') || r.last_name`,
  linkColumn: 'contact_id',
  owned: true,
  trash: true,
  taggable: true,
  linkable: { activities: true, documents: true },
  timeline: { participations: 'activity_contacts', description: 'Activities include those they take part in.' },
  search: { subtitle: 'r.title' },
};

export interface ContactQueryOptions {
  /** Whether `text` may match email addresses: only for those who may see them. */
  searchDetails: boolean;
}

/** Words of the names and title, and of the email addresses when allowed. */
function applyText(query: SelectQueryBuilder<Contact>, text: string | undefined, options: ContactQueryOptions) {
  if (!text?.trim()) return;
  const p = uniqueParameter('text');
  const clauses = [
    `concat_ws(' ', c.first_name, c.last_name) ILIKE :${p}`,
    `concat_ws(' ', c.last_name, c.first_name) ILIKE :${p}`,
    `c.title ILIKE :${p}`,
  ];
  if (options.searchDetails) clauses.push(`EXISTS (SELECT 1 FROM unnest(c.emails) e WHERE e ILIKE :${p})`);
  query.andWhere(`(${clauses.join(' OR ')})`, { [p]: likePattern(text.trim()) });
}

/** Live contacts matching a filter, as a query aliased `c`. */
export function contactQuery(
  source: DataSource | EntityManager,
  filter: ContactFilter | undefined,
  options: ContactQueryOptions,
): SelectQueryBuilder<Contact> {
  const query = source.getRepository(Contact).createQueryBuilder('c');
  if (!filter) return query;
  applyRecordFilter(query, { ...filter, text: undefined }, { taggingColumn: 'contact_id', textColumns: [] });
  applyText(query, filter.text, options);
  if (filter.countries?.length) {
    const p = uniqueParameter('countries');
    query.andWhere(`c.country IN (:...${p})`, { [p]: filter.countries });
  }
  if (filter.expertise?.length) {
    const p = uniqueParameter('expertise');
    query.andWhere(`c.expertise && ARRAY[:...${p}]::text[]`, { [p]: filter.expertise });
  }
  if (filter.affiliatedWith) {
    const organization = uniqueParameter('organization');
    const roles = uniqueParameter('roles');
    const roleClause = filter.affiliatedWith.roles?.length ? ` AND af.role IN (:...${roles})` : '';
    query.andWhere(
      `EXISTS (SELECT 1 FROM affiliations af WHERE af.contact_id = c.id AND af.organization_id = :${organization}${roleClause})`,
      { [organization]: filter.affiliatedWith.organizationId, [roles]: filter.affiliatedWith.roles },
    );
  }
  if (filter.linkedToProject) {
    const project = uniqueParameter('project');
    const roles = uniqueParameter('roles');
    const roleClause = filter.linkedToProject.roles?.length ? ` AND pc.role IN (:...${roles})` : '';
    query.andWhere(
      `EXISTS (SELECT 1 FROM project_contacts pc WHERE pc.contact_id = c.id AND pc.project_id = :${project}${roleClause})`,
      { [project]: filter.linkedToProject.projectId, [roles]: filter.linkedToProject.roles },
    );
  }
  if (filter.inProjects) {
    const clause = participationClause('contact', 'c', filter.inProjects);
    query.andWhere(clause.sql, clause.parameters);
  }
  if (filter.affiliatedOrganizationKinds?.length) {
    const p = uniqueParameter('kinds');
    query.andWhere(
      `EXISTS (SELECT 1 FROM affiliations af JOIN organizations ao ON ao.id = af.organization_id AND ao.deleted_at IS NULL WHERE af.contact_id = c.id AND ao.kind IN (:...${p}))`,
      { [p]: filter.affiliatedOrganizationKinds },
    );
  }
  if (filter.consentBasis?.length) {
    const p = uniqueParameter('bases');
    query.andWhere(`c.consent_basis IN (:...${p})`, { [p]: filter.consentBasis });
  }
  if (filter.hasConsent != null) {
    query.andWhere(filter.hasConsent ? 'c.consent_basis IS NOT NULL' : 'c.consent_basis IS NULL');
  }
  return query;
}

const ORDER_EXPRESSIONS: Record<ContactOrderField, (viewer: Viewer | null) => string[]> = {
  [ContactOrderField.NAME]: () => ['lower(c.last_name)', 'lower(c.first_name)'],
  [ContactOrderField.COUNTRY]: () => ['c.country', 'lower(c.last_name)'],
  [ContactOrderField.CREATED_AT]: () => ['c.created_at'],
  [ContactOrderField.UPDATED_AT]: () => ['c.updated_at'],
  [ContactOrderField.LAST_CONTACTED_AT]: (viewer) => [lastContactedExpression('contact', 'c', viewer)],
};

/** How to sort contacts; `viewer` decides which activities count for LAST_CONTACTED_AT. */
export function contactOrdering(order?: ContactOrder, viewer: Viewer | null = null): Ordering {
  const field = order?.field ?? ContactOrderField.NAME;
  const direction = order?.direction ?? 'ASC';
  return [
    ...ORDER_EXPRESSIONS[field](viewer).map((expression): Ordering[number] => [expression, direction]),
    ['c.id', direction],
  ];
}

/** Lists are stored empty, never null. */
function withoutNullLists<T extends { emails?: unknown; phones?: unknown; expertise?: unknown }>(values: T): T {
  const result = { ...values };
  for (const key of ['emails', 'phones', 'expertise'] as const) if (result[key] === null) result[key] = [] as never;
  return result;
}

export async function createContact(manager: EntityManager, input: CreateContactInput, actor: Actor) {
  return createRecord(
    manager,
    CONTACT,
    withoutNullLists({ ...input, ownerId: input.ownerId ?? actor.userId }) as Partial<Contact>,
    actor,
  );
}

export async function updateContact(manager: EntityManager, input: UpdateContactInput, actor: Actor) {
  const { id, version, ...patch } = withoutNullLists(input);
  if (patch.lastName === null) throw BadUserInputError.field('lastName', 'cannot be removed');
  const current = await findRecord(manager, CONTACT, id);
  const basis = patch.consentBasis !== undefined ? patch.consentBasis : current.consentBasis;
  const date = patch.consentDate !== undefined ? patch.consentDate : current.consentDate;
  if (basis && !date) throw new BadUserInputError(CONSENT_DATE_MESSAGE, { consentDate: [CONSENT_DATE_MESSAGE] });
  return updateRecord(manager, CONTACT, id, version, patch as Partial<Contact>, actor);
}
