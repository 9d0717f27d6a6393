import { timelineOf } from './timeline.relations';
import { Arg, Args, Ctx, FieldResolver, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../../core/graphql/pagination';
import type { TimelineOwner } from './timeline.service';
import { TimelineItem, TimelineItemKindEnum, type TimelineKind } from './timeline.types';

@ObjectType()
class TimelineItemConnection extends ConnectionType(TimelineItem) {}

const DESCRIPTION =
  'Everything that happened to it, newest first: the activities and documents you may see, links made and removed (an activity or document stands for its own link), and its own changes.';
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
    ) {
      return timelineOf(context, owner, { ...page, kinds }, record.id);
    }
  }
  Object.defineProperty(TimelineField, 'name', { value: `${owner.type}TimelineResolver` });
  return TimelineField;
}
