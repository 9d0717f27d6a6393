import { useApolloClient } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { ProjectFilter, ProjectOrder } from '../../../generated/graphql';
import { downloadCsv, type CsvColumn } from '../../../ui/csv/downloadCsv';
import { ProjectTable_project, type ProjectRow } from '../components/ProjectTable';

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

/** The most rows one export fetches (in pages of the API's maximum size). */
export const EXPORT_LIMIT = 5000;
const BATCH = 500;

/** Saves every project of the current view (filters and sort, not just this page) as CSV. */
export function useProjectExport() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = useCallback(
    async (view: { filter: ProjectFilter; orderBy: ProjectOrder }, columns: CsvColumn<ProjectRow>[]) => {
      setExporting(true);
      try {
        const rows: ProjectRow[] = [];
        let after: string | undefined;
        do {
          const { data } = await client.query({
            query: ProjectExportQuery,
            variables: { ...view, first: BATCH, after },
            fetchPolicy: 'no-cache',
          });
          const page = data!.projects;
          rows.push(...getFragmentData(ProjectTable_project, page.nodes));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after && rows.length < EXPORT_LIMIT);
        downloadCsv(`projects-${dayjs().format('YYYY-MM-DD')}.csv`, columns, rows.slice(0, EXPORT_LIMIT));
        return Math.min(rows.length, EXPORT_LIMIT);
      } finally {
        setExporting(false);
      }
    },
    [client],
  );
  return { exportCsv, exporting };
}
