import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { DocumentFilter, DocumentOrder } from './document.inputs';
import { documentOrdering, documentQuery } from './document.service';
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { rowsBy } from '../shared/record-loaders';
import { DocumentFile } from './document-file.entity';
import { DocumentLink } from './document-link.entity';
import { Document } from './document.entity';
import { visibleDocuments } from './document.policy';

/** Documents by id for this request, trashed ones included, hidden ones as null (as if missing). */
export function visibleDocumentById(context: GraphQLContext): DataLoader<string, Document | null> {
  return context.loaders.get('Document:visibleById', async (ids: readonly string[]) => {
    const visible = visibleDocuments('d', context.viewer);
    const rows = await context.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .withDeleted()
      .where('d.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.parameters)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The attachments of documents, oldest first. */
export const linksOfDocument = (context: GraphQLContext) =>
  rowsBy(context, DocumentLink, 'documentId', { createdAt: 'ASC', id: 'ASC' });

/** The file of each document (without its bytes): a list of at most one. */
export const fileOfDocument = (context: GraphQLContext) => rowsBy(context, DocumentFile, 'documentId');

export type DocumentArgs = PageArgs & { filter?: DocumentFilter; orderBy?: DocumentOrder };

/** A parent's page of the documents attached to it (by `column` of document_links), newest first by default. */
export function documentsOf(
  context: GraphQLContext,
  name: string,
  column: string,
  args: DocumentArgs,
  parentId: string,
) {
  return nestedPage(
    context,
    {
      name,
      query: () =>
        documentQuery(context.dataSource, context.viewer, args.filter).innerJoin(
          'document_links',
          'p',
          `p.document_id = d.id AND p.${column} IS NOT NULL`,
        ),
      parent: `p.${column}`,
      ordering: documentOrdering(args.orderBy),
    },
    args,
    parentId,
  );
}
