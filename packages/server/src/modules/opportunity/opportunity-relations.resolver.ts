import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { OpportunityFilter, OpportunityOrder } from './opportunity.inputs';
import { opportunitiesOf } from './opportunity.relations';
import { OpportunityConnection } from './opportunity.resolver';

@Resolver(() => Organization)
export class OrganizationOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, { description: 'Its opportunities you may see, in stage order.' })
  opportunities(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OpportunityFilter | undefined,
    @Arg('orderBy', () => OpportunityOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: OpportunityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return opportunitiesOf('organization', organization.id, page, filter, orderBy, context);
  }
}

@Resolver(() => Project)
export class ProjectOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, { description: 'Its opportunities you may see, in stage order.' })
  opportunities(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OpportunityFilter | undefined,
    @Arg('orderBy', () => OpportunityOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: OpportunityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return opportunitiesOf('project', project.id, page, filter, orderBy, context);
  }
}
