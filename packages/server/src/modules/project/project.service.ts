import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import { createRecord, findRecord, updateRecord } from '../shared/record-mutations';
import { PROJECT_FIELDS, PROJECT_STATUSES, Project } from './project.entity';
import type { ProjectRole } from './project-roles';
import {
  ProjectOrderField,
  type CreateProjectInput,
  type ProjectFilter,
  type ProjectOrder,
  type UpdateProjectInput,
} from './project.inputs';

export const PROJECT: RecordKind<Project> = {
  entity: Project,
  type: 'Project',
  fields: PROJECT_FIELDS,
  table: 'projects',
  freeText: ['name', 'acronym', 'description', 'scientific_domain'],
  title: 'r.name',
  linkColumn: 'project_id',
  owned: true,
  trash: true,
  taggable: true,
  linkable: { activities: true, documents: true },
  timeline: {},
  search: { subtitle: `concat_ws(' · ', r.acronym, r.scientific_domain)` },
};

/** `EXISTS` over a project link table for the project aliased `p`, with optional roles. */
function linkedClause(table: string, column: string, id: string, roles: ProjectRole[] | undefined) {
  const target = uniqueParameter('target');
  const rolesParameter = uniqueParameter('roles');
  const roleClause = roles?.length ? ` AND l.role IN (:...${rolesParameter})` : '';
  return {
    sql: `EXISTS (SELECT 1 FROM ${table} l WHERE l.project_id = p.id AND l.${column} = :${target}${roleClause})`,
    parameters: { [target]: id, [rolesParameter]: roles },
  };
}

/** Live projects matching a filter, as a query aliased `p`. */
export function projectQuery(source: DataSource | EntityManager, filter?: ProjectFilter): SelectQueryBuilder<Project> {
  const query = source.getRepository(Project).createQueryBuilder('p');
  applyRecordFilter(query, filter, {
    taggingColumn: 'project_id',
    textColumns: ['name', 'acronym', 'scientific_domain'],
  });
  if (!filter) return query;
  if (filter.kinds?.length) {
    const p = uniqueParameter('kinds');
    query.andWhere(`p.kind IN (:...${p})`, { [p]: filter.kinds });
  }
  if (filter.statuses?.length) {
    const p = uniqueParameter('statuses');
    query.andWhere(`p.status IN (:...${p})`, { [p]: filter.statuses });
  }
  if (filter.scientificDomain?.trim()) {
    const p = uniqueParameter('domain');
    query.andWhere(`lower(p.scientific_domain) = lower(:${p})`, { [p]: filter.scientificDomain.trim() });
  }
  if (filter.activeOn) {
    const p = uniqueParameter('activeOn');
    query.andWhere(
      `(p.start_date IS NULL OR p.start_date <= :${p}::date) AND (p.end_date IS NULL OR p.end_date >= :${p}::date)`,
      { [p]: filter.activeOn },
    );
  }
  const ranges: [keyof ProjectFilter, string, string][] = [
    ['startsAfter', 'start_date', '>='],
    ['startsBefore', 'start_date', '<'],
    ['endsAfter', 'end_date', '>='],
    ['endsBefore', 'end_date', '<'],
  ];
  for (const [key, column, operator] of ranges) {
    const value = filter[key];
    if (value) {
      const p = uniqueParameter(key);
      query.andWhere(`p.${column} ${operator} :${p}::date`, { [p]: value });
    }
  }
  if (filter.hasOrganization) {
    const { organizationId, roles } = filter.hasOrganization;
    const clause = linkedClause('project_organizations', 'organization_id', organizationId, roles);
    query.andWhere(clause.sql, clause.parameters);
  }
  if (filter.hasContact) {
    const { contactId, roles } = filter.hasContact;
    const clause = linkedClause('project_contacts', 'contact_id', contactId, roles);
    query.andWhere(clause.sql, clause.parameters);
  }
  return query;
}

const STATUS_POSITION = `array_position(ARRAY[${PROJECT_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[], p.status)`;

const ORDER_EXPRESSIONS: Record<ProjectOrderField, string> = {
  [ProjectOrderField.NAME]: 'lower(p.name)',
  [ProjectOrderField.START_DATE]: 'p.start_date',
  [ProjectOrderField.END_DATE]: 'p.end_date',
  [ProjectOrderField.STATUS]: STATUS_POSITION,
  [ProjectOrderField.CREATED_AT]: 'p.created_at',
  [ProjectOrderField.UPDATED_AT]: 'p.updated_at',
};

export function projectOrdering(order?: ProjectOrder): Ordering {
  const field = order?.field ?? ProjectOrderField.NAME;
  const direction = order?.direction ?? 'ASC';
  const ordering: Ordering = [[ORDER_EXPRESSIONS[field], direction]];
  if (field !== ProjectOrderField.NAME) ordering.push(['lower(p.name)', 'ASC']);
  ordering.push(['p.id', direction]);
  return ordering;
}

/**
 * A period must not end before it starts. The message goes to the end's field, or to the start's
 * when only the start is being changed.
 */
export function checkDatesOrdered(
  start: string | null | undefined,
  end: string | null | undefined,
  fields: { start: string; end: string },
  onlyStartChanged = false,
): void {
  if (!start || !end || start <= end) return;
  throw onlyStartChanged
    ? BadUserInputError.field(fields.start, `must not be after ${fields.end}`)
    : BadUserInputError.field(fields.end, `must not be before ${fields.start}`);
}

const PROJECT_DATES = { start: 'startDate', end: 'endDate' };

export async function createProject(manager: EntityManager, input: CreateProjectInput, actor: Actor) {
  checkDatesOrdered(input.startDate, input.endDate, PROJECT_DATES);
  return createRecord(manager, PROJECT, { ...input, ownerId: input.ownerId ?? actor.userId }, actor);
}

export async function updateProject(manager: EntityManager, input: UpdateProjectInput, actor: Actor) {
  const { id, version, ...patch } = input;
  for (const field of ['name', 'kind', 'status'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const current = await findRecord(manager, PROJECT, id);
  checkDatesOrdered(
    patch.startDate === undefined ? current.startDate : patch.startDate,
    patch.endDate === undefined ? current.endDate : patch.endDate,
    PROJECT_DATES,
    patch.endDate === undefined,
  );
  return updateRecord(manager, PROJECT, id, version, patch as Partial<Project>, actor);
}
