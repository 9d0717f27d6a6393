import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { OrganizationFilter, OrganizationOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { OrganizationTable_organization, type OrganizationRow } from '../components/OrganizationTable';

const OrganizationExportQuery = graphql(`
  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...OrganizationTable_organization
      }
    }
  }
`);

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every organization of the current view (filters and sort, not just this page) as CSV. */
export function useOrganizationExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: OrganizationFilter; orderBy: OrganizationOrder }, columns: CsvColumn<OrganizationRow>[]) => {
      setExporting(true);
      try {
        const rows: OrganizationRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: OrganizationExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.organizations;
          rows.push(...getFragmentData(OrganizationTable_organization, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`organizations-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return rows.length;
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
