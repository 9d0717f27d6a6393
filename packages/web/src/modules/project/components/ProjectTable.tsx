import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { ProjectTable_ProjectFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { PROJECT_COLUMNS } from './projectColumns';

export const ProjectTable_project = graphql(`
  fragment ProjectTable_project on Project {
    id
    name
    acronym
    kind
    status
    startDate
    endDate
    scientificDomain
    updatedAt
    owner {
      id
      name
    }
    tags {
      id
      label
    }
  }
`);

type ProjectRow = ProjectTable_ProjectFragment;

type TableProps = Omit<DataTableProps<ProjectRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface ProjectTableProps extends TableProps {
  projects: FragmentType<typeof ProjectTable_project>[] | undefined;
}

/** Projects as a table: the columns and how each row reads. */
export function ProjectTable({ projects, ...props }: ProjectTableProps) {
  const rows = projects && getFragmentData(ProjectTable_project, projects);
  return (
    <DataTable
      label="Projects"
      columns={PROJECT_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.name}
      {...props}
    />
  );
}
