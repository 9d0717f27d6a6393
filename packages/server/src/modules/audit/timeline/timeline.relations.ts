import { parentPageToPage, type ParentPage } from '../../../core/db/paging';
import type { GraphQLContext } from '../../../core/graphql/context';
import type { PageArgs } from '../../../core/graphql/pagination';
import { timelinePages, type TimelineOwner } from './timeline.service';
import type { TimelineItem, TimelineKind } from './timeline.types';

export type TimelineArgs = PageArgs & { kinds?: TimelineKind[] };

/** One record's page of its timeline, loaded with the timelines of the other records of the request. */
export async function timelineOf(context: GraphQLContext, owner: TimelineOwner, args: TimelineArgs, id: string) {
  const loader = context.loaders.get<string, ParentPage<TimelineItem>>(
    `${owner.type}.timeline:${JSON.stringify(args)}`,
    async (ids) => {
      const pages = await timelinePages(context.dataSource, context.viewer, owner, ids, args);
      return ids.map((parentId) => pages.get(parentId)!);
    },
  );
  return parentPageToPage(await loader.load(id));
}
