import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { NeedFilter, NeedOrder } from './need.inputs';
import { NeedConnection } from './need.resolver';
import { needOrdering, needQuery } from './need.service';

type Holder = 'organization' | 'project';

function needsOf(
  holder: Holder,
  id: string,
  page: PageArgs,
  filter: NeedFilter | undefined,
  orderBy: NeedOrder | undefined,
  context: GraphQLContext,
) {
  return nestedPage(
    context,
    {
      name: `${holder}.needs`,
      query: () => needQuery(context.dataSource, filter),
      parent: `n.${holder}_id`,
      ordering: needOrdering(orderBy),
    },
    { ...page, filter, orderBy },
    id,
  );
}

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
