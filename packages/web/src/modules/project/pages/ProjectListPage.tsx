import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconFileExport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { downloadCsv } from '../../../ui/csv/downloadCsv';
import { ExportCsvButton } from '../../../ui/csv/ExportCsvButton';
import { csvColumnsOf, visibleColumnsOf } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { PROJECT_COLUMNS } from '../components/projectColumns';
import { ProjectFilters } from '../components/ProjectFilters';
import { ProjectTable } from '../components/ProjectTable';
import { useProjectExport } from '../hooks/useProjectExport';
import { NO_PROJECT_FILTERS, PAGE_SIZES, useProjectListView } from '../hooks/useProjectListView';

export const ProjectListQuery = graphql(`
  query ProjectList($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {
    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ProjectTable_project
      }
    }
  }
`);

/** /projects: filter, sort, page, choose columns, select for bulk actions, export. */
export function ProjectListPage() {
  const { canEdit } = useSession();
  const { view, setView, variables, filtered } = useProjectListView();
  const { data, previousData, loading, error, refetch } = useQuery(ProjectListQuery, { variables });
  const connection = (data ?? previousData)?.projects;
  const { exportCsv, exporting } = useProjectExport();
  // The selection belongs to one view: changing filters, sort or page clears it.
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const clearSelection = () => setSelection({ viewKey, ids: [] });
  const csvColumns = csvColumnsOf(visibleColumnsOf(PROJECT_COLUMNS, view.cols));

  return (
    <>
      <PageHeader
        title="Projects"
        description="ESFRI, national and international projects and collaborations, with who takes part in them."
        actions={
          canEdit && (
            <Button component={Link} to="/projects/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New project
            </Button>
          )
        }
      />
      <ProjectFilters values={view} onChange={(patch, options) => setView({ ...patch, page: 1 }, options)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <ProjectTable
        projects={connection?.nodes}
        loading={loading}
        totalCount={connection?.totalCount ?? 0}
        visibleColumns={view.cols}
        onVisibleColumnsChange={(cols) => setView({ cols }, { replace: true })}
        sort={view.sort}
        onSortChange={(sort) => setView({ sort, page: 1 })}
        page={view.page}
        pageSize={view.size}
        pageSizes={PAGE_SIZES}
        onPageChange={(page) => setView({ page })}
        onPageSizeChange={(size) => setView({ size, page: 1 })}
        selection={{
          selected,
          onChange: (ids) => setSelection({ viewKey, ids }),
          actions: (rows) => (
            <>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileExport size={16} aria-hidden />}
                onClick={() => downloadCsv('projects-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton selection={{ projectIds: rows.map((row) => row.id) }} onDone={clearSelection} />
                  <BulkReassignOwnerButton
                    selection={{ projectIds: rows.map((row) => row.id) }}
                    onDone={clearSelection}
                  />
                </>
              )}
            </>
          ),
        }}
        toolbar={
          <ExportCsvButton
            loading={exporting}
            onExport={() => exportCsv({ filter: variables.filter, orderBy: variables.orderBy }, csvColumns)}
          />
        }
        empty={
          filtered
            ? {
                title: 'No project matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ ...NO_PROJECT_FILTERS, page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No projects yet',
                description: 'Record the first project or collaboration you take part in.',
                action: canEdit && (
                  <Button component={Link} to="/projects/new">
                    New project
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
