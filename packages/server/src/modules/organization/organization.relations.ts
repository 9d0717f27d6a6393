import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { OrganizationFilter, OrganizationOrder } from './organization.inputs';
import { organizationOrdering, organizationQuery } from './organization.service';

/** Organizations' pages of the organizations that are part of them, batched for the request. */
export function childrenOf(
  context: GraphQLContext,
  args: PageArgs & { filter?: OrganizationFilter; orderBy?: OrganizationOrder },
  parentId: string,
) {
  return nestedPage(
    context,
    {
      name: 'Organization.children',
      query: () => organizationQuery(context.dataSource, args.filter),
      parent: 'o.parent_id',
      ordering: organizationOrdering(args.orderBy),
    },
    args,
    parentId,
  );
}
