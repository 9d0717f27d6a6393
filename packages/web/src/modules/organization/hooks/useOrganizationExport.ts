import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { OrganizationTable_organization } from '../components/OrganizationTable';

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

type OrganizationExportPage = ResultOf<typeof OrganizationExportQuery>['organizations'];

const EXPORT = {
  query: OrganizationExportQuery,
  pageOf: (data: ResultOf<typeof OrganizationExportQuery>) => data.organizations,
  rowsOf: (nodes: OrganizationExportPage['nodes']) => getFragmentData(OrganizationTable_organization, nodes),
  fileName: 'organizations',
};

/** Saves every organization of the current view (filters and sort, not just this page) as CSV. */
export function useOrganizationExport() {
  return useConnectionExport(EXPORT);
}
