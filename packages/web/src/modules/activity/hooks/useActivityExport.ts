import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { ActivityFilter, ActivityOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { ActivityTable_activity, type ActivityRow } from '../components/ActivityTable';

const ActivityExportQuery = graphql(`
  query ActivityExport($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ActivityTable_activity
      }
    }
  }
`);

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every activity of the current view (filters and sort, not just this page) as CSV. */
export function useActivityExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: ActivityFilter; orderBy: ActivityOrder | null }, columns: CsvColumn<ActivityRow>[]) => {
      setExporting(true);
      try {
        const rows: ActivityRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: ActivityExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.activities;
          rows.push(...getFragmentData(ActivityTable_activity, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`activities-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return Math.min(rows.length, EXPORT_LIMIT);
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
