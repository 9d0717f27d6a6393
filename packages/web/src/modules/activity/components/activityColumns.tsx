import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { ActivityTable_ActivityFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, activityWhen, isOverdue } from '../activityLabels';
import { ActivityConcernLinks, concernedRecordsOf } from './ActivityConcernLinks';
import { ActivityKindLabel, OverdueBadge } from './ActivityKindBadge';
import { ActivityStatusCell } from './ActivityStatusCell';
import { DateCell, ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';

const DATE_TIME = 'D MMM YYYY, HH:mm';

/** The columns of the activity list; `sortKey`s are those of useActivityListView. */
export const ACTIVITY_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'when',
    header: 'When',
    sortKey: 'when',
    render: (row) => <DateCell value={activityWhen(row)} format={DATE_TIME} />,
    csv: (row) => activityWhen(row),
    width: 170,
  },
  {
    key: 'subject',
    header: 'Subject',
    sortKey: 'subject',
    alwaysVisible: true,
    render: (row) => (
      <Group gap={6}>
        <Anchor component={Link} to={`/activities/${row.id}`} fw={600}>
          {row.subject}
        </Anchor>
        {isOverdue(row) && <OverdueBadge size="sm" />}
      </Group>
    ),
    csv: (row) => row.subject,
  },
  {
    key: 'kind',
    header: 'Kind',
    render: (row) => <ActivityKindLabel kind={row.kind} />,
    csv: (row) => ACTIVITY_KIND_LABELS[row.kind],
  },
  {
    key: 'status',
    header: 'Status',
    render: (row) => <ActivityStatusCell activity={row} />,
    csv: (row) => ACTIVITY_STATUS_LABELS[row.status],
  },
  {
    key: 'concerns',
    header: 'Concerns',
    render: (row) => <ActivityConcernLinks concerns={row.concerns} />,
    csv: (row) =>
      concernedRecordsOf(row.concerns)
        .map((record) => record.name)
        .join('; '),
  },
  ownerColumn(),
  {
    key: 'due',
    header: 'Due',
    sortKey: 'due',
    hiddenByDefault: true,
    render: (row) => <DateCell value={row.dueAt} format={DATE_TIME} />,
    csv: (row) => row.dueAt,
  },
  {
    key: 'location',
    header: 'Location',
    hiddenByDefault: true,
    render: (row) => row.location,
    csv: (row) => row.location,
  },
  tagsColumn(),
  updatedColumn({ format: DATE_TIME }),
];
