import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql } from '../../../generated';
import { useConnectionExport } from '../../../ui/list';
import { ProjectTable_project } from '../components/ProjectTable';

const ProjectExportQuery = graphql(`
  query ProjectExport($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {
    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ProjectTable_project
      }
    }
  }
`);

type ProjectExportPage = ResultOf<typeof ProjectExportQuery>['projects'];

const EXPORT = {
  query: ProjectExportQuery,
  pageOf: (data: ResultOf<typeof ProjectExportQuery>) => data.projects,
  rowsOf: (nodes: ProjectExportPage['nodes']) => getFragmentData(ProjectTable_project, nodes),
  fileName: 'projects',
};

/** Saves every project of the current view (filters and sort, not just this page) as CSV. */
export function useProjectExport() {
  return useConnectionExport(EXPORT);
}
