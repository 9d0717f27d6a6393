import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { LeadTable_lead } from '../components/LeadTable';

const LeadExportQuery = graphql(`
  query LeadExport($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {
    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...LeadTable_lead
      }
    }
  }
`);

type LeadExportPage = ResultOf<typeof LeadExportQuery>['leads'];

const EXPORT = {
  query: LeadExportQuery,
  pageOf: (data: ResultOf<typeof LeadExportQuery>) => data.leads,
  rowsOf: (nodes: LeadExportPage['nodes']) => getFragmentData(LeadTable_lead, nodes),
  fileName: 'leads',
};

/** Saves every lead of the current view (filters and sort, not just this page) as CSV. */
export function useLeadExport() {
  return useConnectionExport(EXPORT);
}
