import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { RevertChangeInput } from './audit.inputs';
import { Change } from '../shared/change.entity';
import { revertChange } from './revert.service';

@Resolver(() => Change)
export class RevertResolver {
  @Authorized('editor')
  @Mutation(() => Change, {
    description:
      'Undoes a change and answers the change that undoes it (action REVERT): an update sets the fields back, a create moves the record to the trash, a delete or restore is reversed, a link is removed, an unlink made again. CONFLICT when the fields or the link changed since, or when the change was reverted already.',
  })
  revertChange(
    @Arg('input', { description: 'The change to undo.' }) input: RevertChangeInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => revertChange(manager, context.viewer!, input.changeId, actor));
  }
}
