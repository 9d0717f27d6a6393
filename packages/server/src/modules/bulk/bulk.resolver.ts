import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { User } from '../user/user.entity';
import { ReassignOwnerInput } from './bulk.inputs';
import { reassignOwner } from './bulk.service';
import { ownedRecordCounts } from './owned-records';

@ObjectType({ description: 'How many live records of one kind a user owns.' })
class OwnedRecordCount {
  @Field({ description: 'The kind of record, as the GraphQL type is named: Organization, Activity…' })
  type: string;

  @Field(() => Int, { description: 'How many the user owns (trashed ones are not counted).' })
  count: number;
}

/** Operations on many records of several kinds at once, each in one transaction. */
@Resolver()
export class BulkResolver {
  @Authorized('editor')
  @Mutation(() => Int, {
    description:
      'Gives records of any kinds to another owner, all or none; answers how many changed (those the user already owned are not counted).',
  })
  reassignOwner(
    @Arg('input', { description: 'The new owner and the records.' }) input: ReassignOwnerInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => reassignOwner(manager, context.viewer!, input, actor));
  }
}

/** What a user owns, for an admin about to hand their records to someone else. */
@Resolver(() => User)
export class UserOwnedRecordsResolver {
  @Authorized('admin')
  @FieldResolver(() => [OwnedRecordCount], {
    description: 'The live records the user owns, counted by kind; kinds with none are left out. Admins only.',
  })
  ownedRecordCounts(@Root() user: User, @Ctx() context: GraphQLContext) {
    return ownedRecordCounts(context).load(user.id);
  }
}
