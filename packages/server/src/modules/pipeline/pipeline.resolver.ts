import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { stagesOfPipeline } from './pipeline.relations';
import { listPipelines } from './pipeline.service';

@Resolver(() => Pipeline)
export class PipelineResolver extends AuthorFieldsResolver(Pipeline) {
  @Authorized()
  @Query(() => [Pipeline], { description: 'Every pipeline, in its order.' })
  pipelines(@Ctx() context: GraphQLContext) {
    return listPipelines(context.dataSource);
  }

  @Authorized()
  @Query(() => Pipeline, { nullable: true, description: 'One pipeline; null when there is none.' })
  pipeline(@Arg('id', () => ID, { description: 'The pipeline.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Pipeline).load(id);
  }

  @FieldResolver(() => [PipelineStage], { description: 'Its stages in their order; removed ones only when asked.' })
  async stages(
    @Root() pipeline: Pipeline,
    @Arg('includeRemoved', { defaultValue: false, description: 'Also the stages removed from it, last.' })
    includeRemoved: boolean,
    @Ctx() context: GraphQLContext,
  ) {
    const stages = await stagesOfPipeline(context).load(pipeline.id);
    return includeRemoved ? stages : stages.filter((stage) => !stage.removedAt);
  }
}

@Resolver(() => PipelineStage)
export class PipelineStageResolver extends AuthorFieldsResolver(PipelineStage) {
  @FieldResolver(() => Pipeline, { description: 'The pipeline it belongs to.' })
  pipeline(@Root() stage: PipelineStage, @Ctx() context: GraphQLContext) {
    return recordById(context, Pipeline).load(stage.pipelineId);
  }
}
