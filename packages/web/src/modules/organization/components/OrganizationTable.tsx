import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { OrganizationTable_OrganizationFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { ORGANIZATION_COLUMNS } from './organizationColumns';

export const OrganizationTable_organization = graphql(`
  fragment OrganizationTable_organization on Organization {
    id
    name
    version
    acronym
    kind
    country
    city
    website
    updatedAt
    lastContactedAt
    parent {
      id
      name
    }
    tags {
      id
      label
    }
    activityCount: activities(first: 1) {
      totalCount
    }
  }
`);

type OrganizationRow = OrganizationTable_OrganizationFragment;

type TableProps = Omit<DataTableProps<OrganizationRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface OrganizationTableProps extends TableProps {
  organizations: FragmentType<typeof OrganizationTable_organization>[] | undefined;
}

/** Organizations as a table: the columns and how each row reads. */
export function OrganizationTable({ organizations, ...props }: OrganizationTableProps) {
  const rows = organizations && getFragmentData(OrganizationTable_organization, organizations);
  return (
    <DataTable
      label="Organizations"
      columns={ORGANIZATION_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.name}
      {...props}
    />
  );
}
