import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { NeedTable_NeedFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { NEED_COLUMNS } from './needColumns';

export const NeedTable_need = graphql(`
  fragment NeedTable_need on Need {
    id
    title
    version
    category
    priority
    status
    source
    createdAt
    updatedAt
    organization {
      id
      name
    }
    project {
      id
      name
    }
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

type NeedRow = NeedTable_NeedFragment;

type TableProps = Omit<DataTableProps<NeedRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface NeedTableProps extends TableProps {
  needs: FragmentType<typeof NeedTable_need>[] | undefined;
}

/** Needs as a table: the columns and how each row reads. */
export function NeedTable({ needs, ...props }: NeedTableProps) {
  const rows = needs && getFragmentData(NeedTable_need, needs);
  return (
    <DataTable
      label="Needs"
      columns={NEED_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.title}
      {...props}
    />
  );
}
