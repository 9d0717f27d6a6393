import { Anchor, Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ActivityTable_ActivityFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, activityWhen, isOverdue } from '../activityLabels';
import { ActivityConcernLinks, concernedRecordsOf } from './ActivityConcernLinks';
import { ActivityKindLabel, ActivityStatusBadge, OverdueBadge } from './ActivityKindBadge';

const DATE_TIME = 'D MMM YYYY, HH:mm';

function DateCell({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text size="sm" component="time" dateTime={value}>
      {dayjs(value).format(DATE_TIME)}
    </Text>
  );
}

/** The columns of the activity list; `sortKey`s are those of useActivityListView. */
export const ACTIVITY_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'when',
    header: 'When',
    sortKey: 'when',
    render: (row) => <DateCell value={activityWhen(row)} />,
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
    render: (row) => <ActivityStatusBadge status={row.status} />,
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
  { key: 'owner', header: 'Owner', render: (row) => row.owner?.name, csv: (row) => row.owner?.name },
  {
    key: 'due',
    header: 'Due',
    sortKey: 'due',
    hiddenByDefault: true,
    render: (row) => <DateCell value={row.dueAt} />,
    csv: (row) => row.dueAt,
  },
  {
    key: 'location',
    header: 'Location',
    hiddenByDefault: true,
    render: (row) => row.location,
    csv: (row) => row.location,
  },
  {
    key: 'tags',
    header: 'Tags',
    render: (row) => (
      <Group gap={4}>
        {row.tags.map((tag) => (
          <Badge key={tag.id} variant="light" color="gray" size="sm" tt="none">
            {tag.label}
          </Badge>
        ))}
      </Group>
    ),
    csv: (row) => row.tags.map((tag) => tag.label).join('; '),
  },
  {
    key: 'updated',
    header: 'Updated',
    sortKey: 'updated',
    hiddenByDefault: true,
    render: (row) => <DateCell value={row.updatedAt} />,
    csv: (row) => row.updatedAt,
  },
];
