import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { ReassignOwnerInput } from './bulk.inputs';
import { reassignOwner } from './bulk.service';

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
