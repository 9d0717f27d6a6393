import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { snapshot } from '../shared/record-mutations';
import { Pipeline } from './pipeline.entity';
import type {
  AddPipelineStageInput,
  CreatePipelineInput,
  PipelineStageInput,
  ReorderPipelineStagesInput,
  UpdatePipelineInput,
  UpdatePipelineStageInput,
} from './pipeline.inputs';
import { PipelineStage } from './pipeline-stage.entity';

async function checkNameFree(manager: EntityManager, name: string, exceptId?: string) {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM pipelines WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`,
    [name.trim(), exceptId ?? null],
  );
  if (rows.length) throw BadUserInputError.field('name', 'is the name of another pipeline');
}

function checkCurrency(valueUnit: string, currency: string | null | undefined) {
  if (currency && valueUnit !== 'money') throw BadUserInputError.field('currency', 'is only for MONEY values');
}

async function findPipeline(manager: EntityManager, id: string): Promise<Pipeline> {
  const pipeline = await manager.findOne(Pipeline, { where: { id } });
  if (!pipeline) throw new NotFoundError('Pipeline', id);
  return pipeline;
}

async function presentStages(manager: EntityManager, pipelineId: string): Promise<PipelineStage[]> {
  return manager
    .getRepository(PipelineStage)
    .createQueryBuilder('s')
    .where('s.pipeline_id = :pipelineId AND s.removed_at IS NULL', { pipelineId })
    .orderBy('s.position', 'ASC')
    .getMany();
}

const stageValues = (stage: PipelineStageInput) => ({
  name: stage.name.trim(),
  kind: stage.kind ?? 'open',
  probability: stage.probability ?? null,
  rottingDays: stage.rottingDays ?? null,
});

export async function createPipeline(manager: EntityManager, input: CreatePipelineInput, actor: Actor) {
  await checkNameFree(manager, input.name);
  const valueUnit = input.valueUnit ?? 'people';
  checkCurrency(valueUnit, input.currency);
  const [{ next }] = (await manager.query(`SELECT coalesce(max(position) + 1, 0) AS next FROM pipelines`)) as {
    next: number;
  }[];
  const pipeline = await manager.save(
    manager.create(Pipeline, {
      name: input.name.trim(),
      valueUnit,
      currency: input.currency ?? null,
      position: Number(next),
      createdById: actor.userId,
      updatedById: actor.userId,
    }),
  );
  await manager.save(
    input.stages.map((stage, position) =>
      manager.create(PipelineStage, {
        ...stageValues(stage),
        pipelineId: pipeline.id,
        position,
        createdById: actor.userId,
        updatedById: actor.userId,
      }),
    ),
  );
  return pipeline;
}

/** Updates a row of `entity` at `version`, or CONFLICT with the row as it is. */
async function updateVersioned<T extends Pipeline | PipelineStage>(
  manager: EntityManager,
  entity: new () => T,
  current: T,
  version: number,
  patch: Partial<T>,
  actor: Actor,
): Promise<T> {
  if (current.version !== version) {
    throw new ConflictError(`${entity.name} ${current.id} was changed by someone else`, snapshot(current));
  }
  await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id', { id: current.id })
    .execute();
  return (await manager.findOne(entity, { where: { id: current.id } as never }))!;
}

export async function updatePipeline(manager: EntityManager, input: UpdatePipelineInput, actor: Actor) {
  const pipeline = await findPipeline(manager, input.id);
  if (input.name !== undefined) await checkNameFree(manager, input.name, pipeline.id);
  const valueUnit = input.valueUnit ?? pipeline.valueUnit;
  const currency = input.currency !== undefined ? input.currency : valueUnit === 'money' ? pipeline.currency : null;
  checkCurrency(valueUnit, currency);
  const patch: Partial<Pipeline> = { valueUnit, currency };
  if (input.name !== undefined) patch.name = input.name.trim();
  return updateVersioned(manager, Pipeline, pipeline, input.version, patch, actor);
}

/** Writes the positions of a pipeline's stages in the given order (the unique order is checked at commit). */
async function writeOrder(manager: EntityManager, stages: { id: string }[]) {
  await manager.query(`SET CONSTRAINTS pipeline_stages_position_key DEFERRED`);
  for (const [position, stage] of stages.entries()) {
    await manager.query(`UPDATE pipeline_stages SET position = $2 WHERE id = $1`, [stage.id, position]);
  }
  await manager.query(`SET CONSTRAINTS pipeline_stages_position_key IMMEDIATE`);
}

export async function addPipelineStage(manager: EntityManager, input: AddPipelineStageInput, actor: Actor) {
  await findPipeline(manager, input.pipelineId);
  const stages = await presentStages(manager, input.pipelineId);
  const position = Math.min(input.position ?? stages.length, stages.length);
  const stage = await manager.save(
    manager.create(PipelineStage, {
      ...stageValues(input),
      pipelineId: input.pipelineId,
      position: stages.length,
      createdById: actor.userId,
      updatedById: actor.userId,
    }),
  );
  if (position < stages.length)
    await writeOrder(manager, [...stages.slice(0, position), stage, ...stages.slice(position)]);
  return (await manager.findOne(PipelineStage, { where: { id: stage.id } }))!;
}

async function findStage(manager: EntityManager, id: string): Promise<PipelineStage> {
  const stage = await manager.findOne(PipelineStage, { where: { id } });
  if (!stage || stage.removedAt) throw new NotFoundError('PipelineStage', id);
  return stage;
}

export async function updatePipelineStage(manager: EntityManager, input: UpdatePipelineStageInput, actor: Actor) {
  const { id, version, ...patch } = input;
  const stage = await findStage(manager, id);
  if (patch.kind === null) throw BadUserInputError.field('kind', 'cannot be removed');
  if (patch.name !== undefined) patch.name = patch.name.trim();
  return updateVersioned(manager, PipelineStage, stage, version, patch as Partial<PipelineStage>, actor);
}

export async function reorderPipelineStages(manager: EntityManager, input: ReorderPipelineStagesInput) {
  const pipeline = await findPipeline(manager, input.pipelineId);
  const stages = await presentStages(manager, pipeline.id);
  const known = new Set(stages.map((stage) => stage.id));
  if (
    input.stageIds.length !== stages.length ||
    new Set(input.stageIds).size !== stages.length ||
    !input.stageIds.every((id) => known.has(id))
  ) {
    throw BadUserInputError.field('stageIds', 'must name every stage of the pipeline once');
  }
  await writeOrder(
    manager,
    input.stageIds.map((id) => ({ id })),
  );
  return pipeline;
}

/**
 * Removes a stage from its pipeline. Its opportunities (trashed ones too, so that a restore
 * finds a present stage) move to `moveToStageId` first, each with its change in the history;
 * the stage keeps its row, so the stage history still names it.
 */
export async function removePipelineStage(
  manager: EntityManager,
  id: string,
  moveToStageId: string | null | undefined,
  actor: Actor,
  moveOpportunities: (manager: EntityManager, from: PipelineStage, to: PipelineStage, actor: Actor) => Promise<number>,
) {
  const stage = await findStage(manager, id);
  const stages = await presentStages(manager, stage.pipelineId);
  if (stages.length === 1) throw BadUserInputError.field('id', 'is the last stage of its pipeline');
  const [{ held }] = (await manager.query(`SELECT count(*)::int AS held FROM opportunities WHERE stage_id = $1`, [
    id,
  ])) as {
    held: number;
  }[];
  if (held > 0) {
    if (!moveToStageId) {
      throw BadUserInputError.field('moveToStageId', `is needed: the stage holds ${held} opportunities`);
    }
    const target = stages.find((candidate) => candidate.id === moveToStageId && candidate.id !== id);
    if (!target) throw BadUserInputError.field('moveToStageId', 'must be another stage of the same pipeline');
    await moveOpportunities(manager, stage, target, actor);
  }
  await manager.query(
    `UPDATE pipeline_stages SET removed_at = now(), position = NULL, version = version + 1, updated_by_id = $2, updated_at = now() WHERE id = $1`,
    [id, actor.userId],
  );
  await writeOrder(
    manager,
    stages.filter((candidate) => candidate.id !== id),
  );
  return findPipeline(manager, stage.pipelineId);
}
