import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { BadUserInputError } from '../../core/graphql/errors';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { recordById } from '../shared/record-loaders';
import { mutation } from '../shared/transaction';
import { User } from './user.entity';
import { UpdateUserInput, UserFilter } from './user.inputs';
import { USER_ORDERING, updateUser, userQuery } from './user.service';

@ObjectType()
class UserConnection extends ConnectionType(User) {}

/** The people who know about a topic; each kind of person is a field (users here, contacts in the contact module). */
@ObjectType({ description: 'Who knows about a topic: the people whose expertise mentions it.' })
export class Experts {
  @Field({ description: 'The topic asked about.' })
  topic: string;
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'One user, erased or not; null when there is none.' })
  user(@Arg('id', () => ID, { description: 'The user.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, User).load(id);
  }

  @Authorized()
  @Query(() => UserConnection, { description: 'Users by name.' })
  users(
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which ones to list.' })
    filter: UserFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(userQuery(context.dataSource, filter), USER_ORDERING, page);
  }

  @Authorized()
  @Query(() => Experts, {
    description:
      'The users and contacts whose expertise contains the topic, case-insensitive: "data" finds "Big Data".',
  })
  experts(@Arg('topic', { description: 'Words of a topic.' }) topic: string): Experts {
    const trimmed = topic.trim();
    if (!trimmed) throw BadUserInputError.field('topic', 'must not be blank');
    if (trimmed.length > 200) throw BadUserInputError.field('topic', 'must be 200 characters at most');
    return { topic: trimmed };
  }

  @Authorized('admin')
  @Mutation(() => User, {
    description:
      "Changes a user's role or expertise; CONFLICT when `version` is stale. The last admin cannot be demoted.",
  })
  updateUser(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateUserInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateUser(manager, input, actor));
  }
}

@Resolver(() => Experts)
export class ExpertUsersResolver {
  @FieldResolver(() => UserConnection, { description: 'Users whose expertise mentions the topic, by name.' })
  users(@Root() experts: Experts, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return pageOf(userQuery(context.dataSource, { expertise: experts.topic }), USER_ORDERING, page);
  }
}
