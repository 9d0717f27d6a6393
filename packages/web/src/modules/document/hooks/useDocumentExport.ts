import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { DocumentTable_document } from '../components/DocumentTable';

const DocumentExportQuery = graphql(`
  query DocumentExport($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {
    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...DocumentTable_document
      }
    }
  }
`);

type DocumentExportPage = ResultOf<typeof DocumentExportQuery>['documents'];

const EXPORT = {
  query: DocumentExportQuery,
  pageOf: (data: ResultOf<typeof DocumentExportQuery>) => data.documents,
  rowsOf: (nodes: DocumentExportPage['nodes']) => getFragmentData(DocumentTable_document, nodes),
  fileName: 'documents',
};

/** Saves every document of the current view (filters and sort, not just this page) as CSV. */
export function useDocumentExport() {
  return useConnectionExport(EXPORT);
}
