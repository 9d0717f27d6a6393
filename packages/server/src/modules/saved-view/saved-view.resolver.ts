import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { SavedView } from './saved-view.entity';
import { CreateSavedViewInput, SavedViewFilter, UpdateSavedViewInput } from './saved-view.inputs';
import {
  SAVED_VIEW,
  SAVED_VIEW_ORDERING,
  createSavedView,
  savedViewQuery,
  savedViewToEdit,
  updateSavedView,
} from './saved-view.service';

@ObjectType()
class SavedViewConnection extends ConnectionType(SavedView) {}

@Resolver(() => SavedView)
export class SavedViewResolver extends OwnedRecordFieldsResolver(SavedView) {
  @Authorized()
  @Query(() => SavedView, { nullable: true, description: 'One saved view you may see; null when there is none.' })
  savedView(@Arg('id', () => ID, { description: 'The saved view.' }) id: string, @Ctx() context: GraphQLContext) {
    return savedViewQuery(context.dataSource, context.viewer).andWhere('v.id = :id', { id }).getOne();
  }

  @Authorized()
  @Query(() => SavedViewConnection, {
    description: 'The saved views you may see (yours, your teams’, everyone’s), by name; trashed ones are left out.',
  })
  savedViews(
    @Args() page: PageArgs,
    @Arg('filter', () => SavedViewFilter, { nullable: true, description: 'Which ones to list.' })
    filter: SavedViewFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(savedViewQuery(context.dataSource, context.viewer, filter), SAVED_VIEW_ORDERING, page);
  }

  @Authorized('editor')
  @Mutation(() => SavedView, { description: 'Saves a view of a list, owned by you; PRIVATE unless shared.' })
  createSavedView(
    @Arg('input', { description: 'The new saved view.' }) input: CreateSavedViewInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createSavedView(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => SavedView, { description: 'Changes a saved view; CONFLICT when `version` is stale.' })
  updateSavedView(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateSavedViewInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateSavedView(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => SavedView, { description: 'Moves a saved view to the trash.' })
  deleteSavedView(
    @Arg('input', { description: 'The saved view to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await savedViewToEdit(manager, context.viewer!, input.id);
      return deleteRecord(manager, SAVED_VIEW, input.id, input.version, actor);
    });
  }

  @Authorized('editor')
  @Mutation(() => SavedView, { description: 'Brings a saved view back from the trash.' })
  restoreSavedView(
    @Arg('input', { description: 'The saved view to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await savedViewToEdit(manager, context.viewer!, input.id, true);
      return restoreRecord(manager, SAVED_VIEW, input.id, actor);
    });
  }
}
