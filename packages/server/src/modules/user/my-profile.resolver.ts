import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { UpdateMyProfileInput } from './my-profile.inputs';
import { updateMyProfile } from './my-profile.service';
import { User } from './user.entity';

/** What every signed-in user may change about themselves. */
@Resolver(() => User)
export class MyProfileResolver {
  @Authorized()
  @Mutation(() => User, {
    description:
      'Changes your own display name or expertise; CONFLICT when `version` is stale. A role is refused (FORBIDDEN) unless you are an admin.',
  })
  updateMyProfile(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateMyProfileInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateMyProfile(manager, context.viewer!, input, actor));
  }
}
