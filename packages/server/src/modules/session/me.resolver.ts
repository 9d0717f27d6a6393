import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { recordById } from '../shared/record-loaders';
import { User } from '../user/user.entity';

@Resolver()
export class MeResolver {
  @Query(() => User, {
    nullable: true,
    description:
      'The signed-in user (session cookie or API token), with its role; null when anonymous, so that the web app knows to send the browser to /auth/login.',
  })
  async me(@Ctx() context: GraphQLContext): Promise<User | null> {
    if (!context.viewer) return null;
    return recordById(context, User).load(context.viewer.userId);
  }
}
