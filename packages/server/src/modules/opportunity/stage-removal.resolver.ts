import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { removePipelineStage } from '../pipeline/pipeline-admin.service';
import { Pipeline } from '../pipeline/pipeline.entity';
import { RemovePipelineStageInput } from '../pipeline/pipeline.inputs';
import { mutation } from '../shared/transaction';
import { moveStageOpportunities } from './stage-history';

/** Removing a stage moves its opportunities: it lives here, above both. */
@Resolver()
export class StageRemovalResolver {
  @Authorized('admin')
  @Mutation(() => Pipeline, {
    description:
      'Removes a stage from its pipeline (admins only). A stage that holds opportunities needs `moveToStageId`: they move there first, each change in their histories.',
  })
  removePipelineStage(
    @Arg('input', { description: 'The stage, and where its opportunities go.' }) input: RemovePipelineStageInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) =>
      removePipelineStage(manager, input.id, input.moveToStageId, actor, moveStageOpportunities),
    );
  }
}
