import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import { rowsBy } from '../shared/record-loaders';
import { Opportunity } from './opportunity.entity';
import { OpportunityContact } from './opportunity-contact.entity';
import type { OpportunityFilter, OpportunityOrder } from './opportunity.inputs';
import { OpportunityNeed } from './opportunity-need.entity';
import { visibleOpportunities } from './opportunity.policy';
import { opportunityOrdering, opportunityQuery } from './opportunity.service';
import { StageChange } from './stage-change.entity';

/** Opportunities by id for this request, trashed ones included, hidden ones as null (as if missing). */
export function visibleOpportunityById(context: GraphQLContext): DataLoader<string, Opportunity | null> {
  return context.loaders.get('Opportunity:visibleById', async (ids: readonly string[]) => {
    const visible = visibleOpportunities('o', context.viewer);
    const rows = await context.dataSource
      .getRepository(Opportunity)
      .createQueryBuilder('o')
      .withDeleted()
      .where('o.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.parameters)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export const contactsOfOpportunity = (context: GraphQLContext) =>
  rowsBy(context, OpportunityContact, 'opportunityId', { createdAt: 'ASC', id: 'ASC' });

export const needLinksOfOpportunity = (context: GraphQLContext) =>
  rowsBy(context, OpportunityNeed, 'opportunityId', { createdAt: 'ASC', id: 'ASC' });

/** The stage history of opportunities, oldest first. */
export const stageChangesOfOpportunity = (context: GraphQLContext) =>
  rowsBy(context, StageChange, 'opportunityId', { changedAt: 'ASC', id: 'ASC' });

/** The opportunities (the viewer may see) of organizations or projects, batched for the request. */
export function opportunitiesOf(
  holder: 'organization' | 'project',
  id: string,
  page: PageArgs,
  filter: OpportunityFilter | undefined,
  orderBy: OpportunityOrder | undefined,
  context: GraphQLContext,
) {
  return nestedPage(
    context,
    {
      name: `${holder}.opportunities`,
      query: () => opportunityQuery(context.dataSource, context.viewer, filter),
      parent: `o.${holder}_id`,
      ordering: opportunityOrdering(orderBy),
    },
    { ...page, filter, orderBy },
    id,
  );
}
