import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { parentPageToPage, type ParentPage } from '../../../core/db/paging';
import type { GraphQLContext } from '../../../core/graphql/context';
import { PageArgs } from '../../../core/graphql/pagination';
import { timelinePages, type TimelineOwner } from './timeline.service';
import { TimelineItemConnection, TimelineItemKindEnum, type TimelineItem, type TimelineKind } from './timeline.types';

type TimelineArgs = PageArgs & { kinds?: TimelineKind[]; related?: boolean };

/** One record's page of its timeline, loaded with the timelines of the other records of the request. */
async function timelineOf(context: GraphQLContext, owner: TimelineOwner, args: TimelineArgs, id: string) {
  const loader = context.loaders.get<string, ParentPage<TimelineItem>>(
    `${owner.type}.timeline:${JSON.stringify(args)}`,
    async (ids) => {
      const pages = await timelinePages(context.dataSource, context.viewer, owner, ids, args);
      return ids.map((parentId) => pages.get(parentId)!);
    },
  );
  return parentPageToPage(await loader.load(id));
}

const DESCRIPTION =
  'Everything that happened to it, newest first: the activities and documents you may see, links made and removed (an activity or document stands for its own link), and its own changes.';
const RELATED = {
  nullable: true,
  description: 'Whether to include activities and documents of related records (see `via`); true when not given.',
};
const KINDS = { nullable: true, description: 'Only items of these kinds; all when not given.' };

/** `timeline` on a kind of record that has one (see the registry). */
export function timelineFieldResolver(owner: TimelineOwner): ClassType {
  const note = owner.timeline?.description;
  @Resolver(() => owner.entity)
  class TimelineField {
    @FieldResolver(() => TimelineItemConnection, { description: note ? `${DESCRIPTION} ${note}` : DESCRIPTION })
    timeline(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Arg('kinds', () => [TimelineItemKindEnum], KINDS) kinds: TimelineKind[] | undefined,
      @Ctx() context: GraphQLContext,
      @Arg('related', () => Boolean, RELATED) related: boolean | undefined,
    ) {
      return timelineOf(context, owner, { ...page, kinds, related: related ?? true }, record.id);
    }
  }
  Object.defineProperty(TimelineField, 'name', { value: `${owner.type}TimelineResolver` });
  return TimelineField;
}
