import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { getFragmentData, graphql } from '../../../generated';
import { DataTable } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { listViewParams, PAGE_SIZES, withDrill } from '../../../ui/list';
import { PageHeader } from '../../../ui/PageHeader';
import { useUrlState } from '../../../ui/useUrlState';
import { PROJECT_TASK_COLUMNS } from '../components/projectTaskColumns';

const ProjectTaskList_task = graphql(`
  fragment ProjectTaskList_task on ProjectTask {
    id
    title
    status
    dueDate
    project {
      id
      name
    }
    assignee {
      id
      name
    }
  }
`);

export const ProjectTaskListQuery = graphql(`
  query ProjectTaskList($filter: ProjectTaskFilter, $first: Int!, $after: String) {
    projectTasks(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ProjectTaskList_task
      }
    }
  }
`);

/** The page, its size, its columns and the report cell it was opened from, in the URL. */
const VIEW = listViewParams(PROJECT_TASK_COLUMNS, { key: 'due', direction: 'asc' });

/**
 * /project-tasks: the tasks of every project the reader may see, soonest due first; a report's
 * drill-down (`?drill=`) narrows it to the tasks one cell counts. Tasks change on their project.
 */
export function ProjectTaskListPage() {
  const [view, setView] = useUrlState(VIEW);
  const variables = useMemo(
    () => ({ filter: withDrill(view.drill, {}), first: view.size, after: pageCursor(view.page, view.size) }),
    [view.drill, view.size, view.page],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ProjectTaskListQuery, { variables });
  const connection = (data ?? previousData)?.projectTasks;
  const rows = connection && getFragmentData(ProjectTaskList_task, connection.nodes);

  return (
    <>
      <PageHeader
        title="Project tasks"
        description="The work to be done across projects: who does it, by when, and what is overdue."
      />
      {view.drill ? (
        <Alert color="blue" mb="sm" title="The records of a report cell">
          <Group justify="space-between">
            <span>This list shows exactly the tasks a report counted.</span>
            <Button size="xs" variant="default" onClick={() => setView({ drill: '', page: 1 })}>
              Show all
            </Button>
          </Group>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <DataTable
        label="Project tasks"
        columns={PROJECT_TASK_COLUMNS}
        rows={rows ? [...rows] : undefined}
        rowKey={(row) => row.id}
        rowLabel={(row) => row.title}
        loading={loading}
        visibleColumns={view.cols}
        onVisibleColumnsChange={(cols) => setView({ cols }, { replace: true })}
        page={view.page}
        pageSize={view.size}
        pageSizes={PAGE_SIZES}
        totalCount={connection?.totalCount ?? 0}
        onPageChange={(page) => setView({ page })}
        onPageSizeChange={(size) => setView({ size, page: 1 })}
        empty={
          view.page > 1
            ? {
                title: `Page ${view.page} is past the end of this list`,
                action: (
                  <Button variant="default" onClick={() => setView({ page: 1 })}>
                    Back to page 1
                  </Button>
                ),
              }
            : {
                title: view.drill ? 'No task matches' : 'No project task yet',
                description: 'Tasks are added on their project’s page.',
              }
        }
      />
    </>
  );
}
