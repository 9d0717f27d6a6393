import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { lastContactedExpression } from '../shared/contact-dates';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import { createRecord, findRecord, updateRecord } from '../shared/record-mutations';
import { participationClause } from '../project/project-participation';
import { ORGANIZATION_FIELDS, Organization } from './organization.entity';
import {
  OrganizationOrderField,
  type CreateOrganizationInput,
  type OrganizationFilter,
  type OrganizationOrder,
  type UpdateOrganizationInput,
} from './organization.inputs';

export const ORGANIZATION: RecordKind<Organization> = {
  entity: Organization,
  type: 'Organization',
  fields: ORGANIZATION_FIELDS,
  table: 'organizations',
  freeText: ['name', 'acronym', 'description', 'city'],
  title: 'r.name',
  linkColumn: 'organization_id',
  owned: true,
  trash: true,
  taggable: true,
  linkable: { activities: true, documents: true },
  timeline: {
    description:
      'With `related`, also those of its affiliated contacts and of its parts (organizations part of it, at any depth), each marked with `via`.',
    related: [
      {
        type: 'Contact',
        sql: `SELECT af.contact_id AS via_id, af.organization_id AS parent_id FROM affiliations af
          JOIN contacts c ON c.id = af.contact_id AND c.deleted_at IS NULL WHERE af.organization_id IN (:...parents)`,
      },
      {
        type: 'Organization',
        sql: `WITH RECURSIVE parts(via_id, parent_id) AS (
            SELECT o.id, o.parent_id FROM organizations o WHERE o.parent_id IN (:...parents) AND o.deleted_at IS NULL
            UNION SELECT o.id, p.parent_id FROM organizations o JOIN parts p ON o.parent_id = p.via_id WHERE o.deleted_at IS NULL
          ) SELECT via_id, parent_id FROM parts`,
      },
    ],
  },
  search: { subtitle: `concat_ws(' · ', r.acronym, nullif(concat_ws(', ', r.city, r.country), ''))` },
  checkPatch: (manager, id, patch) => checkParent(manager, id, patch.parentId),
};

/** Live organizations matching a filter, as a query aliased `o`. */
export function organizationQuery(
  source: DataSource | EntityManager,
  filter?: OrganizationFilter,
): SelectQueryBuilder<Organization> {
  const query = source.getRepository(Organization).createQueryBuilder('o');
  applyRecordFilter(query, filter, { taggingColumn: 'organization_id', textColumns: ['name', 'acronym', 'city'] });
  if (!filter) return query;
  if (filter.kinds?.length) {
    const p = uniqueParameter('kinds');
    query.andWhere(`o.kind IN (:...${p})`, { [p]: filter.kinds });
  }
  if (filter.countries?.length) {
    const p = uniqueParameter('countries');
    query.andWhere(`o.country IN (:...${p})`, { [p]: filter.countries });
  }
  if (filter.parentId) {
    const p = uniqueParameter('parent');
    query.andWhere(`o.parent_id = :${p}`, { [p]: filter.parentId });
  }
  if (filter.linkedToProject) {
    const project = uniqueParameter('project');
    const roles = uniqueParameter('roles');
    const roleClause = filter.linkedToProject.roles?.length ? ` AND po.role IN (:...${roles})` : '';
    query.andWhere(
      `EXISTS (SELECT 1 FROM project_organizations po WHERE po.organization_id = o.id AND po.project_id = :${project}${roleClause})`,
      { [project]: filter.linkedToProject.projectId, [roles]: filter.linkedToProject.roles },
    );
  }
  if (filter.inProjects) {
    const clause = participationClause('organization', 'o', filter.inProjects);
    query.andWhere(clause.sql, clause.parameters);
  }
  if (filter.hasContactId) {
    const p = uniqueParameter('contact');
    query.andWhere(`EXISTS (SELECT 1 FROM affiliations af WHERE af.organization_id = o.id AND af.contact_id = :${p})`, {
      [p]: filter.hasContactId,
    });
  }
  return query;
}

const ORDER_EXPRESSIONS: Record<OrganizationOrderField, (viewer: Viewer | null) => string> = {
  [OrganizationOrderField.NAME]: () => 'lower(o.name)',
  [OrganizationOrderField.COUNTRY]: () => 'o.country',
  [OrganizationOrderField.KIND]: () => 'o.kind',
  [OrganizationOrderField.CREATED_AT]: () => 'o.created_at',
  [OrganizationOrderField.UPDATED_AT]: () => 'o.updated_at',
  [OrganizationOrderField.LAST_CONTACTED_AT]: (viewer) => lastContactedExpression('organization', 'o', viewer),
};

/** How to sort organizations; `viewer` decides which activities count for LAST_CONTACTED_AT. */
export function organizationOrdering(order?: OrganizationOrder, viewer: Viewer | null = null): Ordering {
  const field = order?.field ?? OrganizationOrderField.NAME;
  const direction = order?.direction ?? 'ASC';
  return [
    [ORDER_EXPRESSIONS[field](viewer), direction],
    ['o.id', direction],
  ];
}

/** A parent must exist and must not be the organization itself or one of its descendants. */
async function checkParent(manager: EntityManager, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  await findRecord(manager, ORGANIZATION, parentId).catch(() => {
    throw BadUserInputError.field('parentId', 'is not an existing organization');
  });
  if (!id) return;
  const [{ cycle }] = await manager.query(
    `WITH RECURSIVE ancestors(id) AS (
       SELECT $1::uuid
       UNION
       SELECT o.parent_id FROM organizations o JOIN ancestors a ON o.id = a.id WHERE o.parent_id IS NOT NULL
     )
     SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $2::uuid) AS cycle`,
    [parentId, id],
  );
  if (cycle) throw BadUserInputError.field('parentId', 'would make the organization a part of itself');
}

export async function createOrganization(manager: EntityManager, input: CreateOrganizationInput, actor: Actor) {
  await checkParent(manager, null, input.parentId);
  return createRecord(manager, ORGANIZATION, { ...input, ownerId: input.ownerId ?? actor.userId }, actor);
}

export async function updateOrganization(manager: EntityManager, input: UpdateOrganizationInput, actor: Actor) {
  const { id, version, ...patch } = input;
  if (patch.name === null) throw BadUserInputError.field('name', 'cannot be removed');
  if (patch.kind === null) throw BadUserInputError.field('kind', 'cannot be removed');
  await checkParent(manager, id, patch.parentId);
  return updateRecord(manager, ORGANIZATION, id, version, patch as Partial<Organization>, actor);
}
