import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { NeedFilter, NeedOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { NeedTable_need, type NeedRow } from '../components/NeedTable';

const NeedExportQuery = graphql(`
  query NeedExport($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {
    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...NeedTable_need
      }
    }
  }
`);

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every need of the current view (filters and sort, not just this page) as CSV. */
export function useNeedExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: NeedFilter; orderBy: NeedOrder }, columns: CsvColumn<NeedRow>[]) => {
      setExporting(true);
      try {
        const rows: NeedRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: NeedExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.needs;
          rows.push(...getFragmentData(NeedTable_need, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`needs-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return Math.min(rows.length, EXPORT_LIMIT);
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
