import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { DocumentFilter, DocumentOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { DocumentTable_document, type DocumentRow } from '../components/DocumentTable';

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

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every document of the current view (filters and sort, not just this page) as CSV. */
export function useDocumentExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: DocumentFilter; orderBy: DocumentOrder }, columns: CsvColumn<DocumentRow>[]) => {
      setExporting(true);
      try {
        const rows: DocumentRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: DocumentExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.documents;
          rows.push(...getFragmentData(DocumentTable_document, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`documents-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return Math.min(rows.length, EXPORT_LIMIT);
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
