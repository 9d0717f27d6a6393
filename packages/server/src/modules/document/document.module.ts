import type { ResolverClass } from '../../core/graphql/build-schema';
import {
  DocumentAttachmentsResolver,
  DocumentFieldsResolver,
  DocumentFileResolver,
  DocumentLinkResolver,
} from './document-fields.resolver';
import {
  ActivityDocumentsResolver,
  ContactDocumentsResolver,
  NeedDocumentsResolver,
  OrganizationDocumentsResolver,
  ProjectDocumentsResolver,
} from './document-relations.resolver';
import { DocumentResolver } from './document.resolver';

/** Every resolver class of the document domain, for the schema. */
export const documentResolvers: ResolverClass[] = [
  DocumentResolver,
  DocumentFieldsResolver,
  DocumentFileResolver,
  DocumentAttachmentsResolver,
  DocumentLinkResolver,
  OrganizationDocumentsResolver,
  ContactDocumentsResolver,
  ProjectDocumentsResolver,
  ActivityDocumentsResolver,
  NeedDocumentsResolver,
];
