import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import { firstStage, presentStage } from '../pipeline/pipeline.service';
import type { PipelineStage } from '../pipeline/pipeline-stage.entity';
import type { Actor } from '../shared/audit-writer';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, deleteRecord, findRecord, restoreRecord, updateRecord } from '../shared/record-mutations';
import { OPPORTUNITY_FIELDS, Opportunity } from './opportunity.entity';
import {
  OpportunityOrderField,
  type CreateOpportunityInput,
  type MoveOpportunityInput,
  type OpportunityFilter,
  type OpportunityOrder,
  type StageEntryFilter,
  type UpdateOpportunityInput,
} from './opportunity.inputs';
import { opportunityToEdit, visibleOpportunities } from './opportunity.policy';
import type { StageChangeCause } from './stage-change.entity';
import { recordStageChange } from './stage-history';

export const OPPORTUNITY: RecordKind<Opportunity> = {
  entity: Opportunity,
  type: 'Opportunity',
  fields: OPPORTUNITY_FIELDS,
  // Revert is the one generic path that patches an opportunity: its stage must stay one of its
  // pipeline's, and the stage history says the change came from a revert.
  checkPatch: async (manager, id, patch) => {
    if (patch.stageId === undefined && patch.pipelineId === undefined) return;
    const current = await findRecord(manager, OPPORTUNITY, id);
    await stageOfPipeline(manager, patch.stageId ?? current.stageId, patch.pipelineId ?? current.pipelineId);
    await recordStageChange(manager, 'revert');
  },
  table: 'opportunities',
  freeText: ['title', 'next_step', 'lost_reason'],
  title: 'r.title',
  linkColumn: 'opportunity_id',
  owned: true,
  visibility: true,
  trash: true,
  taggable: true,
  search: {
    subtitle: `coalesce((SELECT s.name FROM pipeline_stages s WHERE s.id = r.stage_id), '')`,
  },
};

/** Live opportunities the viewer may see, matching a filter, as a query aliased `o`. */
export function opportunityQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: OpportunityFilter,
): SelectQueryBuilder<Opportunity> {
  const query = source.getRepository(Opportunity).createQueryBuilder('o');
  const visible = visibleOpportunities('o', viewer);
  query.andWhere(visible.sql, visible.parameters);
  applyRecordFilter(query, filter, { taggingColumn: 'opportunity_id', textColumns: ['title', 'next_step'] });
  if (!filter) return query;
  const where = (sql: (p: string) => string, value: unknown, name = 'v') => {
    const p = uniqueParameter(name);
    query.andWhere(sql(p), { [p]: value });
  };
  if (filter.pipelineId) where((p) => `o.pipeline_id = :${p}`, filter.pipelineId);
  if (filter.stageIds?.length) where((p) => `o.stage_id IN (:...${p})`, filter.stageIds);
  if (filter.organizationId) where((p) => `o.organization_id = :${p}`, filter.organizationId);
  if (filter.projectId) where((p) => `o.project_id = :${p}`, filter.projectId);
  if (filter.countries?.length) {
    where(
      (p) => `EXISTS (SELECT 1 FROM organizations oo WHERE oo.id = o.organization_id AND oo.country IN (:...${p}))`,
      filter.countries,
    );
  }
  if (filter.stageKinds?.length) {
    where(
      (p) => `EXISTS (SELECT 1 FROM pipeline_stages ks WHERE ks.id = o.stage_id AND ks.kind IN (:...${p}))`,
      filter.stageKinds,
    );
  }
  if (filter.lostReasons?.length) where((p) => `o.lost_reason IN (:...${p})`, filter.lostReasons);
  if (filter.expectedAfter) where((p) => `o.expected_date >= :${p}`, filter.expectedAfter);
  if (filter.expectedBefore) where((p) => `o.expected_date < :${p}`, filter.expectedBefore);
  if (filter.entered) {
    const bind = (value: unknown) => {
      const p = uniqueParameter('entered');
      query.setParameter(p, value);
      return p;
    };
    query.andWhere(`EXISTS (SELECT 1 FROM ${firstStageEntries('o.id', filter.entered, bind)})`);
  }
  return query;
}

/**
 * The first entry of an opportunity into each stage it entered, narrowed by a stage entry filter:
 * rows `fe` (stage_id, pipeline_id, entered_at) of the opportunities `opportunity` names. The
 * list's `entered` filter and the stage history reports read these same rows. `bind` registers a
 * parameter and returns its name.
 */
function firstStageEntries(opportunity: string, entered: StageEntryFilter, bind: (value: unknown) => string): string {
  const conditions: string[] = [];
  if (entered.pipelineId) conditions.push(`fe.pipeline_id = :${bind(entered.pipelineId)}`);
  if (entered.stageIds?.length) conditions.push(`fe.stage_id IN (:...${bind(entered.stageIds)})`);
  if (entered.from) conditions.push(`fe.entered_at >= :${bind(entered.from)}`);
  if (entered.to) conditions.push(`fe.entered_at < :${bind(entered.to)}`);
  const entries = `(SELECT sc.to_stage_id AS stage_id, es.pipeline_id, min(sc.changed_at) AS entered_at
      FROM stage_changes sc JOIN pipeline_stages es ON es.id = sc.to_stage_id
      WHERE sc.opportunity_id = ${opportunity} GROUP BY sc.to_stage_id, es.pipeline_id) fe`;
  return conditions.length ? `${entries} WHERE ${conditions.join(' AND ')}` : entries;
}

const ORDER_EXPRESSIONS: Record<OpportunityOrderField, string> = {
  [OpportunityOrderField.STAGE]: '(SELECT s.position FROM pipeline_stages s WHERE s.id = o.stage_id)',
  [OpportunityOrderField.TITLE]: 'lower(o.title)',
  [OpportunityOrderField.EXPECTED_VALUE]: 'o.expected_value',
  [OpportunityOrderField.EXPECTED_DATE]: 'o.expected_date',
  [OpportunityOrderField.STAGE_ENTERED_AT]: 'o.stage_entered_at',
  [OpportunityOrderField.CREATED_AT]: 'o.created_at',
  [OpportunityOrderField.UPDATED_AT]: 'o.updated_at',
};

/** In stage order by default, the longest in their stage first; then by id. */
export function opportunityOrdering(order?: OpportunityOrder): Ordering {
  const field = order?.field ?? OpportunityOrderField.STAGE;
  const direction = order?.direction ?? 'ASC';
  const ordering: Ordering = [[ORDER_EXPRESSIONS[field], direction]];
  if (field !== OpportunityOrderField.STAGE_ENTERED_AT) ordering.push(['o.stage_entered_at', 'ASC']);
  ordering.push(['o.id', direction]);
  return ordering;
}

/** A present stage of the pipeline, or BAD_USER_INPUT on stageId. */
async function stageOfPipeline(manager: EntityManager, stageId: string, pipelineId: string): Promise<PipelineStage> {
  const stage = await presentStage(manager, stageId);
  if (stage.pipelineId !== pipelineId) throw BadUserInputError.field('stageId', 'is not a stage of its pipeline');
  return stage;
}

async function checkHolders(
  manager: EntityManager,
  values: { organizationId?: string | null; projectId?: string | null },
) {
  for (const [field, table] of [
    ['organizationId', 'organizations'],
    ['projectId', 'projects'],
  ] as const) {
    const id = values[field];
    if (!id) continue;
    const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND deleted_at IS NULL`, [id]);
    if (!rows.length) throw BadUserInputError.field(field, `is not an existing ${table.slice(0, -1)}`);
  }
}

function checkTeamVisibility(visibility: string | undefined, teamId: string | null | undefined) {
  if (visibility === 'team' && !teamId) throw BadUserInputError.field('teamId', 'is needed to share with a team');
}

export async function createOpportunity(
  manager: EntityManager,
  input: CreateOpportunityInput,
  actor: Actor,
  cause: StageChangeCause = 'create',
): Promise<Opportunity> {
  const stage = input.stageId
    ? await stageOfPipeline(manager, input.stageId, input.pipelineId)
    : await firstStage(manager, input.pipelineId);
  await checkHolders(manager, input);
  checkTeamVisibility(input.visibility, input.teamId);
  await recordStageChange(manager, cause);
  const created = await createRecord(
    manager,
    OPPORTUNITY,
    { ...input, stageId: stage.id, ownerId: input.ownerId ?? actor.userId, visibility: input.visibility ?? 'everyone' },
    actor,
  );
  // The stage's entry time is the database's, as the stage history's.
  return findRecord(manager, OPPORTUNITY, created.id);
}

export async function updateOpportunity(
  manager: EntityManager,
  viewer: Viewer,
  input: UpdateOpportunityInput,
  actor: Actor,
): Promise<Opportunity> {
  const { id, version, stageChangeReason, ...patch } = input;
  for (const field of ['title', 'pipelineId', 'stageId', 'visibility'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const before = await opportunityToEdit(manager, viewer, id);
  const pipelineId = patch.pipelineId ?? before.pipelineId;
  if (patch.stageId) await stageOfPipeline(manager, patch.stageId, pipelineId);
  else if (pipelineId !== before.pipelineId) patch.stageId = (await firstStage(manager, pipelineId)).id;
  await checkHolders(manager, patch);
  checkTeamVisibility(patch.visibility ?? before.visibility, patch.teamId !== undefined ? patch.teamId : before.teamId);
  await recordStageChange(manager, 'manual', stageChangeReason);
  return updateRecord(manager, OPPORTUNITY, id, version, patch as Partial<Opportunity>, actor);
}

/** Moves an opportunity to another stage of its pipeline; at a LOST stage the reason becomes its lost reason. */
export async function moveOpportunity(
  manager: EntityManager,
  viewer: Viewer,
  input: MoveOpportunityInput,
  actor: Actor,
): Promise<Opportunity> {
  const before = await opportunityToEdit(manager, viewer, input.id);
  const stage = await stageOfPipeline(manager, input.stageId, before.pipelineId);
  const patch: Partial<Opportunity> = { stageId: stage.id };
  if (stage.kind === 'lost' && input.reason) patch.lostReason = input.reason;
  await recordStageChange(manager, 'manual', input.reason);
  return updateRecord(manager, OPPORTUNITY, input.id, input.version, patch, actor);
}

export async function deleteOpportunity(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number | undefined,
  actor: Actor,
) {
  await opportunityToEdit(manager, viewer, id);
  return deleteRecord(manager, OPPORTUNITY, id, version, actor);
}

export async function restoreOpportunity(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  await opportunityToEdit(manager, viewer, id, true);
  await recordStageChange(manager, 'restore');
  return restoreRecord(manager, OPPORTUNITY, id, actor);
}
