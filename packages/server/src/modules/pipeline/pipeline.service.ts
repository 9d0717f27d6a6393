import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';

/** Every pipeline, in its order. */
export function listPipelines(source: DataSource | EntityManager): Promise<Pipeline[]> {
  return source.getRepository(Pipeline).find({ order: { position: 'ASC', name: 'ASC' } });
}

/** A stage still in its pipeline, or BAD_USER_INPUT on `field`. */
export async function presentStage(manager: EntityManager, stageId: string, field = 'stageId'): Promise<PipelineStage> {
  const stage = await manager.findOne(PipelineStage, { where: { id: stageId } });
  if (!stage || stage.removedAt) throw BadUserInputError.field(field, 'is not a stage of any pipeline');
  return stage;
}

/** A pipeline's first open stage, where new opportunities start unless told otherwise. */
export async function firstStage(manager: EntityManager, pipelineId: string): Promise<PipelineStage> {
  const pipeline = await manager.findOne(Pipeline, { where: { id: pipelineId } });
  if (!pipeline) throw BadUserInputError.field('pipelineId', 'is not an existing pipeline');
  const stages = await manager
    .getRepository(PipelineStage)
    .createQueryBuilder('s')
    .where('s.pipeline_id = :pipelineId AND s.removed_at IS NULL', { pipelineId })
    .orderBy(`s.kind = 'open'`, 'DESC')
    .addOrderBy('s.position', 'ASC')
    .getMany();
  if (!stages.length) throw BadUserInputError.field('pipelineId', 'has no stages');
  return stages[0];
}
