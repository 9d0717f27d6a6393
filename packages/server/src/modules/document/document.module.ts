import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Document } from './document.entity';
import { DocumentFile } from './document-file.entity';
import { DocumentLink } from './document-link.entity';
import { DOCUMENT } from './document.service';
import {
  DocumentAttachmentsResolver,
  DocumentFieldsResolver,
  DocumentFileResolver,
  DocumentLinkResolver,
} from './document-fields.resolver';
import { DocumentResolver } from './document.resolver';

/** What the document domain contributes to the schema, the data source and the registry. */
export const documentModule: DomainModule = {
  resolvers: [
    DocumentResolver,
    DocumentFieldsResolver,
    DocumentFileResolver,
    DocumentAttachmentsResolver,
    DocumentLinkResolver,
  ],
  entities: [Document, DocumentFile, DocumentLink],
  kinds: recordKinds(DOCUMENT),
};
