import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { ActivityTable_activity } from '../components/ActivityTable';

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

type ActivityExportPage = ResultOf<typeof ActivityExportQuery>['activities'];

const EXPORT = {
  query: ActivityExportQuery,
  pageOf: (data: ResultOf<typeof ActivityExportQuery>) => data.activities,
  rowsOf: (nodes: ActivityExportPage['nodes']) => getFragmentData(ActivityTable_activity, nodes),
  fileName: 'activities',
};

/** Saves every activity of the current view (filters and sort, not just this page) as CSV. */
export function useActivityExport() {
  return useConnectionExport(EXPORT);
}
