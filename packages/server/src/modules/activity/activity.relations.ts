import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { ActivityFilter, ActivityOrder } from './activity.inputs';
import { activityOrdering, activityQuery } from './activity.service';
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { rowsBy } from '../shared/record-loaders';
import { Activity } from './activity.entity';
import { ActivityLink } from './activity-link.entity';
import { ActivityContact, ActivityUser } from './activity-participant.entity';
import { visibleActivities } from './activity.policy';

/** Activities by id for this request, trashed ones included, hidden ones as null (as if missing). */
export function visibleActivityById(context: GraphQLContext): DataLoader<string, Activity | null> {
  return context.loaders.get('Activity:visibleById', async (ids: readonly string[]) => {
    const visible = visibleActivities('a', context.viewer);
    const rows = await context.dataSource
      .getRepository(Activity)
      .createQueryBuilder('a')
      .withDeleted()
      .where('a.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.parameters)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The links of activities to what they concern, oldest first. */
export const linksOfActivity = (context: GraphQLContext) =>
  rowsBy(context, ActivityLink, 'activityId', { createdAt: 'ASC', id: 'ASC' });

export const contactsOfActivity = (context: GraphQLContext) =>
  rowsBy(context, ActivityContact, 'activityId', { createdAt: 'ASC', id: 'ASC' });

export const usersOfActivity = (context: GraphQLContext) =>
  rowsBy(context, ActivityUser, 'activityId', { createdAt: 'ASC', id: 'ASC' });

export type ActivityArgs = PageArgs & { filter?: ActivityFilter; orderBy?: ActivityOrder };

/** A parent's page of the activities it is linked to (through `join`), newest first by default. */
export function activitiesOf(
  context: GraphQLContext,
  name: string,
  join: [string, string],
  args: ActivityArgs,
  parentId: string,
) {
  return nestedPage(
    context,
    {
      name,
      query: () =>
        activityQuery(context.dataSource, context.viewer, args.filter).innerJoin(join[0], 'p', `p.activity_id = a.id`),
      parent: join[1],
      ordering: activityOrdering(args.orderBy),
    },
    args,
    parentId,
  );
}
