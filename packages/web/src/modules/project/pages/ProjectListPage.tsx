import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { PROJECT_COLUMNS } from '../components/projectColumns';
import { ProjectFilters } from '../components/ProjectFilters';
import { ProjectTable } from '../components/ProjectTable';
import { useProjectExport } from '../hooks/useProjectExport';
import { NO_PROJECT_FILTERS, useProjectListView } from '../hooks/useProjectListView';

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
  const listView = useProjectListView();
  const { data, previousData, loading, error, refetch } = useQuery(ProjectListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.projects;
  const exporter = useProjectExport();

  return (
    <ListPage
      title="Projects"
      description="ESFRI, national and international projects and collaborations, with who takes part in them."
      noun={{ one: 'project', many: 'projects' }}
      createHref="/projects/new"
      emptyDescription="Record the first project or collaboration you take part in."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={NO_PROJECT_FILTERS}
      columns={PROJECT_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <ProjectFilters values={listView.view} onChange={onChange} />}
      bulkActions={(projectIds, onDone) => (
        <>
          <BulkTagButton selection={{ projectIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ projectIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <ProjectTable
          projects={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
