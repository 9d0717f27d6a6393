import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Tag } from './tag.entity';
import { CreateTagInput, TagFilter, UpdateTagInput } from './tag.inputs';
import { TAG, TAG_ORDERING, createTag, tagQuery, updateTag } from './tag.service';

@ObjectType()
class TagConnection extends ConnectionType(Tag) {}

@Resolver(() => Tag)
export class TagResolver extends AuthorFieldsResolver(Tag) {
  @Authorized()
  @Query(() => Tag, { nullable: true, description: 'One tag, trashed or not; null when there is none.' })
  tag(@Arg('id', () => ID, { description: 'The tag.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Tag).load(id);
  }

  @Authorized()
  @Query(() => TagConnection, { description: 'Tags by label; trashed ones are left out.' })
  tags(
    @Args() page: PageArgs,
    @Arg('filter', () => TagFilter, { nullable: true, description: 'Which ones to list.' })
    filter: TagFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(tagQuery(context.dataSource, filter), TAG_ORDERING, page);
  }

  @Authorized('editor')
  @Mutation(() => Tag, { description: 'Makes a new tag; CONFLICT when the label exists, whatever its case.' })
  createTag(@Arg('input', { description: 'The new tag.' }) input: CreateTagInput, @Ctx() context: GraphQLContext) {
    return mutation(context, (manager, actor) => createTag(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Tag, { description: 'Changes a tag; CONFLICT when `version` is stale or the label is taken.' })
  updateTag(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateTagInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateTag(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Tag, {
    description: 'Moves a tag to the trash: records no longer show it, and get it back on a restore.',
  })
  deleteTag(
    @Arg('input', { description: 'The tag to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, TAG, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Tag, { description: 'Brings a tag back from the trash, on the records that carried it.' })
  restoreTag(
    @Arg('input', { description: 'The tag to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, TAG, input.id, actor));
  }
}
