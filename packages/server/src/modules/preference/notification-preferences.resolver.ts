import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { NotificationPreferences } from './notification-preferences.entity';
import { UpdateNotificationPreferencesInput } from './notification-preferences.inputs';
import { preferencesOf, updatePreferences } from './notification-preferences.service';

/** Each user reads and changes only their own notification preferences. */
@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  @Authorized()
  @Query(() => NotificationPreferences, {
    description: 'Your notification preferences (the defaults until you change them).',
  })
  myNotificationPreferences(@Ctx() context: GraphQLContext) {
    return preferencesOf(context.dataSource.manager, context.viewer!.userId);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences, {
    description: 'Changes your notification preferences; the fields left out stay as they are.',
  })
  updateNotificationPreferences(
    @Arg('input', { description: 'The preferences that change.' }) input: UpdateNotificationPreferencesInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager) => updatePreferences(manager, context.viewer!.userId, input));
  }
}
