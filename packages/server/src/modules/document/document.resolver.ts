import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { mutation } from '../shared/transaction';
import { DEFAULT_MAX_FILE_BYTES } from './document-files.routes';
import { DocumentLink } from './document-link.entity';
import { Document } from './document.entity';
import {
  AttachDocumentInput,
  CreateDocumentInput,
  DetachDocumentInput,
  DocumentFilter,
  DocumentOrder,
  UpdateDocumentInput,
} from './document.inputs';
import { attachDocument, detachDocument } from './document-links.service';
import { visibleDocumentById } from './document.relations';
import {
  createDocument,
  deleteDocument,
  documentOrdering,
  documentQuery,
  restoreDocument,
  updateDocument,
} from './document.service';

@ObjectType()
export class DocumentConnection extends ConnectionType(Document) {}

/** Mutations run for a signed-in viewer: `@Authorized` has checked that already. */
const viewerOf = (context: GraphQLContext): Viewer => context.viewer!;

@Resolver(() => Document)
export class DocumentResolver extends OwnedRecordFieldsResolver(Document) {
  @Authorized()
  @Query(() => Document, {
    nullable: true,
    description: 'One document, trashed or not; null when there is none or you may not see it.',
  })
  document(@Arg('id', () => ID, { description: 'The document.' }) id: string, @Ctx() context: GraphQLContext) {
    return visibleDocumentById(context).load(id);
  }

  @Authorized()
  @Query(() => DocumentConnection, {
    description: 'Documents you may see, filtered and sorted; trashed ones are left out.',
  })
  documents(
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, { nullable: true, description: 'Which ones to list.' })
    filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, {
      nullable: true,
      description: 'How to sort them; newest first when not given.',
    })
    orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(documentQuery(context.dataSource, context.viewer, filter), documentOrdering(orderBy), page);
  }

  @Authorized()
  @Query(() => Int, {
    description:
      "The largest file a document may carry, in bytes (the server's UPLOAD_MAX_MB); larger uploads get 413.",
  })
  documentFileMaxBytes(@Ctx() context: GraphQLContext): number {
    return context.settings.uploadMaxBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  @Authorized('editor')
  @Mutation(() => Document, { description: 'Records a document, attached to the records given.' })
  createDocument(
    @Arg('input', { description: 'The new document.' }) input: CreateDocumentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createDocument(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Document, { description: 'Changes a document; CONFLICT when `version` is stale.' })
  updateDocument(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateDocumentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateDocument(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Document, {
    description: 'Moves a document to the trash; its attachments and file stay for a restore.',
  })
  deleteDocument(
    @Arg('input', { description: 'The document to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) =>
      deleteDocument(manager, viewerOf(context), input.id, input.version, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => Document, { description: 'Brings a document back from the trash.' })
  restoreDocument(
    @Arg('input', { description: 'The document to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreDocument(manager, viewerOf(context), input.id, actor));
  }

  @Authorized('editor')
  @Mutation(() => DocumentLink, { description: 'Attaches a document to one more record.' })
  attachDocument(
    @Arg('input', { description: 'The document and exactly one record.' }) input: AttachDocumentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => attachDocument(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Document, { description: 'Removes an attachment of a document; answers the document.' })
  detachDocument(
    @Arg('input', { description: 'The attachment to remove.' }) input: DetachDocumentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => detachDocument(manager, viewerOf(context), input.id, actor));
  }
}
