import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { downloadCsv, type CsvColumn } from '../csv/downloadCsv';

/** The most rows one export fetches (in pages of the API's maximum size). */
const EXPORT_LIMIT = 5000;
const BATCH = 500;

interface ConnectionPage<Node> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly Node[];
}

export interface ConnectionExportOptions<Data, Variables, Node, Row> {
  /** A connection query taking `first` and `after` besides the view's filter and sort. */
  query: TypedDocumentNode<Data, Variables>;
  pageOf(data: Data): ConnectionPage<Node>;
  rowsOf(nodes: readonly Node[]): readonly Row[];
  /** The file is named `<fileName>-<today>.csv`. */
  fileName: string;
}

/** Saves every row of a view (its filters and sort, not just the page shown) as CSV. */
export function useConnectionExport<Data, Variables extends { first: number; after?: string | null }, Node, Row>({
  query,
  pageOf,
  rowsOf,
  fileName,
}: ConnectionExportOptions<Data, Variables, Node, Row>) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: Omit<Variables, 'first' | 'after'>, columns: CsvColumn<Row>[]) => {
      setExporting(true);
      try {
        const rows: Row[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query,
            variables: { ...view, first: BATCH, after } as unknown as Variables,
            fetchPolicy: 'no-cache',
          });
          const page = pageOf(data as Data);
          rows.push(...rowsOf(page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`${fileName}-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return Math.min(rows.length, EXPORT_LIMIT);
      } finally {
        setExporting(false);
      }
    },
    [client, query, pageOf, rowsOf, fileName],
  );
  return { exportCsv, exporting };
}
