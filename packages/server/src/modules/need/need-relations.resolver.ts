import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { NeedFilter, NeedOrder } from './need.inputs';
import { NeedConnection } from './need.resolver';
import { needsOf } from './need.relations';

@Resolver(() => Organization)
export class OrganizationNeedsResolver {
  @FieldResolver(() => NeedConnection, { description: 'Its needs; most pressing first unless sorted otherwise.' })
  needs(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Which ones to list.' })
    filter: NeedFilter | undefined,
    @Arg('orderBy', () => NeedOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: NeedOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return needsOf('organization', organization.id, page, filter, orderBy, context);
  }
}

@Resolver(() => Project)
export class ProjectNeedsResolver {
  @FieldResolver(() => NeedConnection, { description: 'Its needs; most pressing first unless sorted otherwise.' })
  needs(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Which ones to list.' })
    filter: NeedFilter | undefined,
    @Arg('orderBy', () => NeedOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: NeedOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return needsOf('project', project.id, page, filter, orderBy, context);
  }
}
