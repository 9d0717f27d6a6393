import type DataLoader from 'dataloader';
import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { visibleActivityById } from '../activity/activity.relations';
import type { AnyRecordKind } from '../shared/domain-module';
import { addFieldResolver, capitalized } from '../shared/link-fields';
import { kindLabel, kindName, kindPlural, linkField, pluralField } from '../shared/record-kind';
import { recordById } from '../shared/record-loaders';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { DocumentFile, documentFileUrl } from './document-file.entity';
import { DocumentLink } from './document-link.entity';
import { Document } from './document.entity';
import { fileOfDocument, linksOfDocument, visibleDocumentById } from './document.relations';

const present = async <T>(loads: Promise<(T | null | Error)[]>): Promise<T[]> =>
  (await loads).filter((row): row is T => row !== null && !(row instanceof Error));

/** A document's attachments, leaving out those to activities the viewer may not see. */
async function visibleLinks(context: GraphQLContext, documentId: string): Promise<DocumentLink[]> {
  const links = await linksOfDocument(context).load(documentId);
  const ids = links.map((link) => link.activityId).filter((id): id is string => id !== null);
  const visible = new Set((await present(visibleActivityById(context).loadMany(ids))).map((activity) => activity.id));
  return links.filter((link) => !link.activityId || visible.has(link.activityId));
}

@ObjectType({ description: 'The records a document is attached to, by kind.' })
export class DocumentAttachments {
  documentId: string;
}

@Resolver(() => Document)
export class DocumentFieldsResolver {
  @FieldResolver(() => DocumentFile, { nullable: true, description: 'Its file, if one was uploaded.' })
  async file(@Root() document: Document, @Ctx() context: GraphQLContext) {
    const [file] = await fileOfDocument(context).load(document.id);
    return file ?? null;
  }

  @FieldResolver(() => DocumentAttachments, { description: 'The records it is attached to.' })
  attachedTo(@Root() document: Document): DocumentAttachments {
    return { documentId: document.id };
  }

  @FieldResolver(() => [DocumentLink], { description: 'Its attachments to records, oldest first.' })
  links(@Root() document: Document, @Ctx() context: GraphQLContext) {
    return visibleLinks(context, document.id);
  }
}

@Resolver(() => DocumentFile)
export class DocumentFileResolver extends AuthorFieldsResolver(DocumentFile) {
  @FieldResolver(() => String, {
    description:
      'Where to download it (GET), replace it (PUT, raw bytes) or remove it (DELETE), with the same credentials.',
  })
  url(@Root() file: DocumentFile) {
    return documentFileUrl(file.documentId);
  }
}

@Resolver(() => DocumentAttachments)
export class DocumentAttachmentsResolver {}

@Resolver(() => DocumentLink)
export class DocumentLinkResolver extends AuthorFieldsResolver(DocumentLink) {
  @FieldResolver(() => Document, { nullable: true, description: 'The document (null if you may not see it).' })
  document(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return visibleDocumentById(context).load(link.documentId);
  }
}

/**
 * Records of a kind by id for this request. Of the kinds with a visibility, documents attach
 * only to activities, and show those the viewer may see.
 */
function targetById(context: GraphQLContext, kind: AnyRecordKind): DataLoader<string, { id: string } | null> {
  return kind.type === 'Activity' ? visibleActivityById(context) : recordById(context, kind.entity);
}

/**
 * Each kind documents can be attached to as a list of `DocumentAttachments` (`organizations`)
 * and as the target of a `DocumentLink` (`organization`).
 */
export function addAttachedKindFields(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) {
    if (kind.visibility && kind.type !== 'Activity')
      throw new Error(`${kind.type} has a visibility: documents cannot be attached to it yet`);
    const column = linkField(kind);
    const seen = kind.visibility ? ' you may see' : '';
    const description = `${capitalized(kindPlural(kind))}${seen}.`;
    addFieldResolver(
      DocumentAttachmentsResolver,
      pluralField(kind),
      () => [kind.entity],
      { description },
      async (attachments: DocumentAttachments, context) => {
        const links = await linksOfDocument(context).load(attachments.documentId);
        const ids = links.map((link) => link[column]).filter((id): id is string => Boolean(id));
        return present(targetById(context, kind).loadMany(ids));
      },
    );
    const seenTarget = kind.visibility ? ' and you may see it' : '';
    const target = { nullable: true, description: `The ${kindLabel(kind)}, if that is the target${seenTarget}.` };
    addFieldResolver(
      DocumentLinkResolver,
      kindName(kind),
      () => kind.entity,
      target,
      (link: DocumentLink, context) => (link[column] ? targetById(context, kind).load(link[column]) : null),
    );
  }
}
