import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { mutation } from '../shared/transaction';
import { Activity } from './activity.entity';
import { ActivityFilter, ActivityOrder, CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { ActivityLink } from './activity-link.entity';
import { ActivityParticipantsInput, LinkActivityInput, UnlinkActivityInput } from './activity-link.inputs';
import {
  addActivityParticipants,
  linkActivity,
  removeActivityParticipants,
  unlinkActivity,
} from './activity-links.service';
import { visibleActivityById } from './activity.relations';
import {
  activityOrdering,
  activityQuery,
  createActivity,
  deleteActivity,
  restoreActivity,
  updateActivity,
} from './activity.service';

@ObjectType()
export class ActivityConnection extends ConnectionType(Activity) {}

/** Mutations run for a signed-in viewer: `@Authorized` has checked that already. */
const viewerOf = (context: GraphQLContext): Viewer => context.viewer!;

@Resolver(() => Activity)
export class ActivityResolver extends OwnedRecordFieldsResolver(Activity) {
  @Authorized()
  @Query(() => Activity, {
    nullable: true,
    description: 'One activity, trashed or not; null when there is none or you may not see it.',
  })
  activity(@Arg('id', () => ID, { description: 'The activity.' }) id: string, @Ctx() context: GraphQLContext) {
    return visibleActivityById(context).load(id);
  }

  @Authorized()
  @Query(() => ActivityConnection, {
    description: 'Activities you may see, filtered and sorted; trashed ones are left out.',
  })
  activities(
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, {
      nullable: true,
      description: 'How to sort them; newest first when not given.',
    })
    orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(activityQuery(context.dataSource, context.viewer, filter), activityOrdering(orderBy), page);
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Records an activity with its participants and what it concerns.' })
  createActivity(
    @Arg('input', { description: 'The new activity.' }) input: CreateActivityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createActivity(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Changes an activity; CONFLICT when `version` is stale.' })
  updateActivity(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateActivityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateActivity(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Moves an activity to the trash; its links stay for a restore.' })
  deleteActivity(
    @Arg('input', { description: 'The activity to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) =>
      deleteActivity(manager, viewerOf(context), input.id, input.version, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Brings an activity back from the trash.' })
  restoreActivity(
    @Arg('input', { description: 'The activity to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreActivity(manager, viewerOf(context), input.id, actor));
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Adds contacts and users to an activity; those already in it stay.' })
  addActivityParticipants(
    @Arg('input', { description: 'The activity and who to add.' }) input: ActivityParticipantsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => addActivityParticipants(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Removes contacts and users from an activity.' })
  removeActivityParticipants(
    @Arg('input', { description: 'The activity and who to remove.' }) input: ActivityParticipantsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => removeActivityParticipants(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ActivityLink, { description: 'Records that an activity concerns one more record.' })
  linkActivity(
    @Arg('input', { description: 'The activity and exactly one record.' }) input: LinkActivityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => linkActivity(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Activity, { description: 'Removes a link between an activity and a record; answers the activity.' })
  unlinkActivity(
    @Arg('input', { description: 'The link to remove.' }) input: UnlinkActivityInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => unlinkActivity(manager, viewerOf(context), input.id, actor));
  }
}
