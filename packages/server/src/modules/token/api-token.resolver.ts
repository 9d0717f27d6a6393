import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { mutation } from '../shared/transaction';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.inputs';
import { issueToken } from './api-token.service';

@ObjectType({ description: 'A token just created, with its secret: shown this once, stored only hashed.' })
class IssuedApiToken {
  @Field(() => ApiToken, { description: 'The token record.' })
  token: ApiToken;

  @Field({ description: 'The secret to send as `Authorization: Bearer <secret>`.' })
  secret: string;
}

/** Personal API tokens: each user manages their own; a token never exceeds its owner's role. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first, revoked ones included.' })
  myApiTokens(@Ctx() context: GraphQLContext) {
    return context.dataSource.manager.find(ApiToken, {
      where: { userId: context.viewer!.userId },
      order: { createdAt: 'DESC' },
    });
  }

  @Authorized()
  @Mutation(() => IssuedApiToken, { description: 'Creates a personal API token and shows its secret once.' })
  createApiToken(
    @Arg('input', { description: 'Its name, scope and expiry.' }) input: CreateApiTokenInput,
    @Ctx() context: GraphQLContext,
  ) {
    const viewer = context.viewer!;
    // A token made with a token could outlive the revocation of the first one.
    if (viewer.via === 'token') throw new ForbiddenError('API tokens are created from a signed-in session');
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw BadUserInputError.field('expiresAt', 'must be in the future');
    }
    return mutation(context, (manager) =>
      issueToken(manager, viewer.userId, { name: input.name, scope: input.scope, expiresAt: input.expiresAt }),
    );
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revokes one of your tokens at once.' })
  async revokeApiToken(
    @Arg('input', { description: 'The token to revoke.' }) input: RevokeApiTokenInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager) => {
      const token = await manager.findOne(ApiToken, { where: { id: input.id, userId: context.viewer!.userId } });
      if (!token) throw new NotFoundError('ApiToken', input.id);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await manager.save(token);
      }
      return token;
    });
  }
}
