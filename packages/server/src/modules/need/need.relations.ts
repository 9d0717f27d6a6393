import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { NeedFilter, NeedOrder } from './need.inputs';
import { needOrdering, needQuery } from './need.service';

/** The needs of organizations or projects, batched for the request. */
type Holder = 'organization' | 'project';

export function needsOf(
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
