import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { rowsBy } from '../shared/record-loaders';
import { PipelineStage } from './pipeline-stage.entity';

/** The stages of pipelines for this request, removed ones included, in their order. */
export function stagesOfPipeline(context: GraphQLContext): DataLoader<string, PipelineStage[]> {
  return rowsBy(context, PipelineStage, 'pipelineId', { position: 'ASC', createdAt: 'ASC' });
}
