import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { ActivityTable_ActivityFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { ACTIVITY_COLUMNS } from './activityColumns';

export const ActivityTable_activity = graphql(`
  fragment ActivityTable_activity on Activity {
    id
    version
    kind
    subject
    status
    startsAt
    endsAt
    dueAt
    location
    updatedAt
    createdAt
    owner {
      id
      name
    }
    tags {
      id
      label
    }
    concerns {
      organizations {
        id
        name
      }
      contacts {
        id
        name
      }
      projects {
        id
        name
      }
    }
  }
`);

type ActivityRow = ActivityTable_ActivityFragment;

type TableProps = Omit<DataTableProps<ActivityRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface ActivityTableProps extends TableProps {
  activities: FragmentType<typeof ActivityTable_activity>[] | undefined;
}

/** Activities as a table: the columns and how each row reads. */
export function ActivityTable({ activities, ...props }: ActivityTableProps) {
  const rows = activities && getFragmentData(ActivityTable_activity, activities);
  return (
    <DataTable
      label="Activities"
      columns={ACTIVITY_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.subject}
      {...props}
    />
  );
}
