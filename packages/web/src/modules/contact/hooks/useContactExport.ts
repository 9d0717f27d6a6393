import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { ContactFilter, ContactOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { ContactTable_contact, type ContactRow } from '../components/ContactTable';

const ContactExportQuery = graphql(`
  query ContactExport($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {
    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ContactTable_contact
      }
    }
  }
`);

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every contact of the current view (filters and sort, not just this page) as CSV. */
export function useContactExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: ContactFilter; orderBy: ContactOrder }, columns: CsvColumn<ContactRow>[]) => {
      setExporting(true);
      try {
        const rows: ContactRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: ContactExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.contacts;
          rows.push(...getFragmentData(ContactTable_contact, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`contacts-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return rows.length;
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
