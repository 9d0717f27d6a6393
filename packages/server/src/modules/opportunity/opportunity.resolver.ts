import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { mutation } from '../shared/transaction';
import { Opportunity } from './opportunity.entity';
import {
  CreateOpportunityInput,
  MoveOpportunityInput,
  OpportunityFilter,
  OpportunityOrder,
  UpdateOpportunityInput,
} from './opportunity.inputs';
import { OpportunityStageTotal, opportunityTotals } from './opportunity-totals';
import { visibleOpportunityById } from './opportunity.relations';
import {
  createOpportunity,
  deleteOpportunity,
  moveOpportunity,
  opportunityOrdering,
  opportunityQuery,
  restoreOpportunity,
  updateOpportunity,
} from './opportunity.service';

@ObjectType()
export class OpportunityConnection extends ConnectionType(Opportunity) {}

/** Mutations run for a signed-in viewer: `@Authorized` has checked that already. */
const viewerOf = (context: GraphQLContext): Viewer => context.viewer!;

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Authorized()
  @Query(() => Opportunity, {
    nullable: true,
    description: 'One opportunity, trashed or not; null when there is none or you may not see it.',
  })
  opportunity(@Arg('id', () => ID, { description: 'The opportunity.' }) id: string, @Ctx() context: GraphQLContext) {
    return visibleOpportunityById(context).load(id);
  }

  @Authorized()
  @Query(() => OpportunityConnection, {
    description: 'Opportunities you may see, filtered and sorted; trashed ones are left out.',
  })
  opportunities(
    @Args() page: PageArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OpportunityFilter | undefined,
    @Arg('orderBy', () => OpportunityOrder, {
      nullable: true,
      description: 'How to sort them; in stage order when not given.',
    })
    orderBy: OpportunityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(opportunityQuery(context.dataSource, context.viewer, filter), opportunityOrdering(orderBy), page);
  }

  @Authorized()
  @Query(() => [OpportunityStageTotal], {
    description: 'Per stage, how many opportunities you may see match the filter and their expected value.',
  })
  opportunityTotals(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which ones to count.' })
    filter: OpportunityFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return opportunityTotals(context.dataSource, context.viewer, filter);
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, { description: 'Records a new opportunity in a pipeline.' })
  createOpportunity(
    @Arg('input', { description: 'The new opportunity.' }) input: CreateOpportunityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createOpportunity(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, {
    description: 'Changes an opportunity (its stage too); CONFLICT when `version` is stale.',
  })
  updateOpportunity(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateOpportunityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateOpportunity(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, {
    description: 'Moves an opportunity to another stage of its pipeline; CONFLICT when `version` is stale.',
  })
  moveOpportunity(
    @Arg('input', { description: 'The opportunity, the version seen, the stage and why.' }) input: MoveOpportunityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => moveOpportunity(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, { description: 'Moves an opportunity to the trash.' })
  deleteOpportunity(
    @Arg('input', { description: 'The opportunity to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) =>
      deleteOpportunity(manager, viewerOf(context), input.id, input.version, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, { description: 'Brings an opportunity back from the trash.' })
  restoreOpportunity(
    @Arg('input', { description: 'The opportunity to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreOpportunity(manager, viewerOf(context), input.id, actor));
  }
}
