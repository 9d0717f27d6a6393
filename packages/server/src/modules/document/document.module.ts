import { recordKinds, type AnyRecordKind, type DomainModule } from '../shared/domain-module';
import { Document } from './document.entity';
import { DocumentFile } from './document-file.entity';
import { addAttachedKindColumns, DocumentLink } from './document-link.entity';
import { addAttachedKindInputs } from './document.inputs';
import { DOCUMENT } from './document.service';
import {
  addAttachedKindFields,
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

/**
 * The kinds documents can be attached to (`linkable.documents`), each a column of
 * `document_links` and a field of the inputs and outputs that name it: the registry calls this as it loads.
 */
export function attachKinds(kinds: readonly AnyRecordKind[]): void {
  addAttachedKindColumns(kinds);
  addAttachedKindInputs(kinds);
  addAttachedKindFields(kinds);
}
