import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Activity } from '../activity/activity.entity';
import { visibleActivityById } from '../activity/activity.relations';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
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
export class DocumentAttachmentsResolver {
  private async targets<T extends { id: string }>(
    context: GraphQLContext,
    attachments: DocumentAttachments,
    column: 'organizationId' | 'contactId' | 'projectId',
    entity: new () => T,
  ): Promise<T[]> {
    const links = await linksOfDocument(context).load(attachments.documentId);
    const ids = links.map((link) => link[column]).filter((id): id is string => id !== null);
    return present(recordById(context, entity).loadMany(ids));
  }

  @FieldResolver(() => [Organization], { description: 'Organizations.' })
  organizations(@Root() attachments: DocumentAttachments, @Ctx() context: GraphQLContext) {
    return this.targets(context, attachments, 'organizationId', Organization);
  }

  @FieldResolver(() => [Contact], { description: 'Contacts.' })
  contacts(@Root() attachments: DocumentAttachments, @Ctx() context: GraphQLContext) {
    return this.targets(context, attachments, 'contactId', Contact);
  }

  @FieldResolver(() => [Project], { description: 'Projects.' })
  projects(@Root() attachments: DocumentAttachments, @Ctx() context: GraphQLContext) {
    return this.targets(context, attachments, 'projectId', Project);
  }

  @FieldResolver(() => [Activity], { description: 'Activities you may see.' })
  async activities(@Root() attachments: DocumentAttachments, @Ctx() context: GraphQLContext) {
    const links = await linksOfDocument(context).load(attachments.documentId);
    const ids = links.map((link) => link.activityId).filter((id): id is string => id !== null);
    return present(visibleActivityById(context).loadMany(ids));
  }
}

@Resolver(() => DocumentLink)
export class DocumentLinkResolver extends AuthorFieldsResolver(DocumentLink) {
  @FieldResolver(() => Document, { nullable: true, description: 'The document (null if you may not see it).' })
  document(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return visibleDocumentById(context).load(link.documentId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization, if that is the target.' })
  organization(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return link.organizationId ? recordById(context, Organization).load(link.organizationId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact, if that is the target.' })
  contact(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return link.contactId ? recordById(context, Contact).load(link.contactId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project, if that is the target.' })
  project(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return link.projectId ? recordById(context, Project).load(link.projectId) : null;
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'The activity, if that is the target and you may see it.',
  })
  activity(@Root() link: DocumentLink, @Ctx() context: GraphQLContext) {
    return link.activityId ? visibleActivityById(context).load(link.activityId) : null;
  }
}
