import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { parentPageToPage, type ParentPage } from '../../../core/db/paging';
import type { GraphQLContext } from '../../../core/graphql/context';
import { PageArgs } from '../../../core/graphql/pagination';
import { Contact } from '../../contact/contact.entity';
import { Organization } from '../../organization/organization.entity';
import { Project } from '../../project/project.entity';
import { timelinePages, type TimelineOwner } from './timeline.service';
import { TimelineItemConnection, TimelineItemKindEnum, type TimelineItem, type TimelineKind } from './timeline.types';

type TimelineArgs = PageArgs & { kinds?: TimelineKind[] };

/** One record's page of its timeline, loaded with the timelines of the other records of the request. */
async function timelineOf(context: GraphQLContext, owner: TimelineOwner, args: TimelineArgs, id: string) {
  const loader = context.loaders.get<string, ParentPage<TimelineItem>>(
    `${owner}.timeline:${JSON.stringify(args)}`,
    async (ids) => {
      const pages = await timelinePages(context.dataSource, context.viewer, owner, ids, args);
      return ids.map((parentId) => pages.get(parentId)!);
    },
  );
  return parentPageToPage(await loader.load(id));
}

const DESCRIPTION =
  'Everything that happened to it, newest first: the activities and documents you may see, links made and removed (an activity or document stands for its own link), and its own changes.';
const KINDS = { nullable: true, description: 'Only items of these kinds; all when not given.' };

@Resolver(() => Organization)
export class OrganizationTimelineResolver {
  @FieldResolver(() => TimelineItemConnection, { description: DESCRIPTION })
  timeline(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('kinds', () => [TimelineItemKindEnum], KINDS) kinds: TimelineKind[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return timelineOf(context, 'Organization', { ...page, kinds }, organization.id);
  }
}

@Resolver(() => Contact)
export class ContactTimelineResolver {
  @FieldResolver(() => TimelineItemConnection, {
    description: `${DESCRIPTION} Activities include those they take part in.`,
  })
  timeline(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('kinds', () => [TimelineItemKindEnum], KINDS) kinds: TimelineKind[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return timelineOf(context, 'Contact', { ...page, kinds }, contact.id);
  }
}

@Resolver(() => Project)
export class ProjectTimelineResolver {
  @FieldResolver(() => TimelineItemConnection, { description: DESCRIPTION })
  timeline(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('kinds', () => [TimelineItemKindEnum], KINDS) kinds: TimelineKind[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return timelineOf(context, 'Project', { ...page, kinds }, project.id);
  }
}
