import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import {
  addPipelineStage,
  createPipeline,
  reorderPipelineStages,
  updatePipeline,
  updatePipelineStage,
} from './pipeline-admin.service';
import { Pipeline } from './pipeline.entity';
import {
  AddPipelineStageInput,
  CreatePipelineInput,
  ReorderPipelineStagesInput,
  UpdatePipelineInput,
  UpdatePipelineStageInput,
} from './pipeline.inputs';
import { PipelineStage } from './pipeline-stage.entity';

/** Admins define pipelines and their stages; `removePipelineStage` is with the opportunities it moves. */
@Resolver()
export class PipelineAdminResolver {
  @Authorized('admin')
  @Mutation(() => Pipeline, { description: 'Creates a pipeline with its stages (admins only).' })
  createPipeline(
    @Arg('input', { description: 'The new pipeline.' }) input: CreatePipelineInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createPipeline(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => Pipeline, {
    description: 'Renames a pipeline or changes its unit (admins only); CONFLICT when stale.',
  })
  updatePipeline(
    @Arg('input', { description: 'What changes.' }) input: UpdatePipelineInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updatePipeline(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => PipelineStage, { description: 'Adds a stage to a pipeline, last unless placed (admins only).' })
  addPipelineStage(
    @Arg('input', { description: 'The new stage.' }) input: AddPipelineStageInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => addPipelineStage(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => PipelineStage, {
    description: 'Renames a stage or changes its kind, probability or rotting age (admins only); CONFLICT when stale.',
  })
  updatePipelineStage(
    @Arg('input', { description: 'What changes.' }) input: UpdatePipelineStageInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updatePipelineStage(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => Pipeline, { description: 'Puts a pipeline’s stages in a new order (admins only).' })
  reorderPipelineStages(
    @Arg('input', { description: 'Every stage of the pipeline, in the new order.' }) input: ReorderPipelineStagesInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager) => reorderPipelineStages(manager, input));
  }
}
