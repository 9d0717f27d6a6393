import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { NeedTable_need } from '../components/NeedTable';

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

type NeedExportPage = ResultOf<typeof NeedExportQuery>['needs'];

const EXPORT = {
  query: NeedExportQuery,
  pageOf: (data: ResultOf<typeof NeedExportQuery>) => data.needs,
  rowsOf: (nodes: NeedExportPage['nodes']) => getFragmentData(NeedTable_need, nodes),
  fileName: 'needs',
};

/** Saves every need of the current view (filters and sort, not just this page) as CSV. */
export function useNeedExport() {
  return useConnectionExport(EXPORT);
}
