import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { LeadTable_LeadFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { LEAD_COLUMNS } from './leadColumns';

export const LeadTable_lead = graphql(`
  fragment LeadTable_lead on Lead {
    id
    name
    version
    organizationName
    email
    country
    source
    status
    createdAt
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

type LeadRow = LeadTable_LeadFragment;

type TableProps = Omit<DataTableProps<LeadRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface LeadTableProps extends TableProps {
  leads: FragmentType<typeof LeadTable_lead>[] | undefined;
}

/** Leads as a table: the columns and how each row reads. */
export function LeadTable({ leads, ...props }: LeadTableProps) {
  const rows = leads && getFragmentData(LeadTable_lead, leads);
  return (
    <DataTable
      label="Leads"
      columns={LEAD_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.name}
      {...props}
    />
  );
}
