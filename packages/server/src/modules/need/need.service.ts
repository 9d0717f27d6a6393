import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, findRecord, updateRecord } from '../shared/record-mutations';
import { NEED_FIELDS, NEED_PRIORITIES, NEED_STATUSES, Need, OPEN_NEED_STATUSES } from './need.entity';
import {
  NeedOrderField,
  type CreateNeedInput,
  type NeedFilter,
  type NeedOrder,
  type UpdateNeedInput,
} from './need.inputs';

export const NEED: RecordKind<Need> = {
  entity: Need,
  type: 'Need',
  fields: NEED_FIELDS,
  table: 'needs',
  freeText: ['title', 'description', 'source'],
  title: 'r.title',
  linkColumn: 'need_id',
  owned: true,
  trash: true,
  taggable: true,
  linkable: { activities: true, documents: true },
  search: { subtitle: `replace(r.category, '_', ' ') || ' · ' || replace(r.status, '_', ' ')` },
};

const CLOSED_NEED_STATUSES = NEED_STATUSES.filter((status) => !OPEN_NEED_STATUSES.includes(status));

/** Live needs matching a filter, as a query aliased `n`. */
export function needQuery(source: DataSource | EntityManager, filter?: NeedFilter): SelectQueryBuilder<Need> {
  const query = source.getRepository(Need).createQueryBuilder('n');
  applyRecordFilter(query, filter, { taggingColumn: 'need_id', textColumns: ['title', 'description', 'source'] });
  if (!filter) return query;
  const inList = (column: string, name: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    const p = uniqueParameter(name);
    query.andWhere(`n.${column} IN (:...${p})`, { [p]: values });
  };
  inList('category', 'categories', filter.categories);
  inList('priority', 'priorities', filter.priorities);
  inList('status', 'statuses', filter.statuses);
  if (filter.open !== undefined && filter.open !== null) {
    inList('status', 'open', filter.open ? OPEN_NEED_STATUSES : CLOSED_NEED_STATUSES);
  }
  if (filter.organizationId) {
    const p = uniqueParameter('organization');
    query.andWhere(`n.organization_id = :${p}`, { [p]: filter.organizationId });
  }
  if (filter.projectId) {
    const p = uniqueParameter('project');
    query.andWhere(`n.project_id = :${p}`, { [p]: filter.projectId });
  }
  if (filter.countries?.length) {
    const p = uniqueParameter('countries');
    query.andWhere(
      `EXISTS (SELECT 1 FROM organizations no WHERE no.id = n.organization_id AND no.country IN (:...${p}))`,
      { [p]: filter.countries },
    );
  }
  if (filter.organizationKinds?.length) {
    const p = uniqueParameter('kinds');
    query.andWhere(
      `EXISTS (SELECT 1 FROM organizations no WHERE no.id = n.organization_id AND no.kind IN (:...${p}))`,
      { [p]: filter.organizationKinds },
    );
  }
  return query;
}

/** `CASE` ranking the values in the given order: 0 for the first. */
function rank(column: string, values: readonly string[]): string {
  return `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} END`;
}

const ORDER_EXPRESSIONS: Record<NeedOrderField, string> = {
  [NeedOrderField.PRIORITY]: rank('n.priority', [...NEED_PRIORITIES].reverse()),
  [NeedOrderField.STATUS]: rank('n.status', NEED_STATUSES),
  [NeedOrderField.CREATED_AT]: 'n.created_at',
  [NeedOrderField.UPDATED_AT]: 'n.updated_at',
  [NeedOrderField.TITLE]: 'lower(n.title)',
};

/** Most pressing first by default; among equals the newest first, then by id. */
export function needOrdering(order?: NeedOrder): Ordering {
  const field = order?.field ?? NeedOrderField.PRIORITY;
  const direction = order?.direction ?? 'ASC';
  const ordering: Ordering = [[ORDER_EXPRESSIONS[field], direction]];
  if (field !== NeedOrderField.CREATED_AT) ordering.push(['n.created_at', 'DESC']);
  ordering.push(['n.id', direction]);
  return ordering;
}

async function isLive(manager: EntityManager, table: 'organizations' | 'projects', id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND deleted_at IS NULL`, [id]);
  return rows.length > 0;
}

/** A need belongs to exactly one live organization or project. */
async function checkHolder(manager: EntityManager, organizationId: string | null, projectId: string | null) {
  if (organizationId && projectId) {
    const message = 'a need belongs to an organization or to a project, not both';
    throw new BadUserInputError(`organizationId and projectId: ${message}`, {
      organizationId: [message],
      projectId: [message],
    });
  }
  if (!organizationId && !projectId) {
    const message = 'an organization or a project must be given';
    throw new BadUserInputError(`organizationId or projectId: ${message}`, {
      organizationId: [message],
      projectId: [message],
    });
  }
  if (organizationId && !(await isLive(manager, 'organizations', organizationId))) {
    throw BadUserInputError.field('organizationId', 'is not an existing organization');
  }
  if (projectId && !(await isLive(manager, 'projects', projectId))) {
    throw BadUserInputError.field('projectId', 'is not an existing project');
  }
}

export async function createNeed(manager: EntityManager, input: CreateNeedInput, actor: Actor): Promise<Need> {
  await checkHolder(manager, input.organizationId ?? null, input.projectId ?? null);
  return createRecord(
    manager,
    NEED,
    {
      ...input,
      description: input.description ?? '',
      priority: input.priority ?? 'medium',
      status: input.status ?? 'identified',
      ownerId: input.ownerId ?? actor.userId,
    },
    actor,
  );
}

export async function updateNeed(manager: EntityManager, input: UpdateNeedInput, actor: Actor): Promise<Need> {
  const { id, version, ...patch } = input;
  for (const field of ['title', 'category', 'priority', 'status'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  if (patch.description === null) patch.description = '';
  if (patch.organizationId !== undefined || patch.projectId !== undefined) {
    const before = await findRecord(manager, NEED, id);
    await checkHolder(
      manager,
      patch.organizationId !== undefined ? patch.organizationId : before.organizationId,
      patch.projectId !== undefined ? patch.projectId : before.projectId,
    );
  }
  return updateRecord(manager, NEED, id, version, patch as Partial<Need>, actor);
}
