import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { Opportunity } from './opportunity.entity';
import { SetOpportunityContactsInput, SetOpportunityNeedsInput } from './opportunity-link.inputs';
import { setOpportunityContacts, setOpportunityNeeds } from './opportunity-links.service';

@Resolver()
export class OpportunityLinksResolver {
  @Authorized('editor')
  @Mutation(() => Opportunity, {
    description: 'Sets the main contacts of an opportunity with their roles; each change is in both histories.',
  })
  setOpportunityContacts(
    @Arg('input', { description: 'The opportunity and its contacts.' }) input: SetOpportunityContactsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => setOpportunityContacts(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Opportunity, {
    description: 'Sets the needs an opportunity addresses; each change is in both histories.',
  })
  setOpportunityNeeds(
    @Arg('input', { description: 'The opportunity and its needs.' }) input: SetOpportunityNeedsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => setOpportunityNeeds(manager, context.viewer!, input, actor));
  }
}
