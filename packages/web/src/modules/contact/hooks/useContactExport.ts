import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { ContactTable_contact } from '../components/ContactTable';

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

type ContactExportPage = ResultOf<typeof ContactExportQuery>['contacts'];

const EXPORT = {
  query: ContactExportQuery,
  pageOf: (data: ResultOf<typeof ContactExportQuery>) => data.contacts,
  rowsOf: (nodes: ContactExportPage['nodes']) => getFragmentData(ContactTable_contact, nodes),
  fileName: 'contacts',
};

/** Saves every contact of the current view (filters and sort, not just this page) as CSV. */
export function useContactExport() {
  return useConnectionExport(EXPORT);
}
