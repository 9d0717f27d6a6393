import { Anchor, Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { NeedTable_NeedFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import {
  NEED_CATEGORY_LABELS,
  NEED_PRIORITY_COLORS,
  NEED_PRIORITY_LABELS,
  NEED_STATUS_COLORS,
  NEED_STATUS_LABELS,
} from '../needLabels';

/** The columns of the need list; `sortKey`s are those of useNeedListView. */
export const NEED_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'title',
    header: 'Need',
    sortKey: 'title',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/needs/${row.id}`} fw={600}>
        {row.title}
      </Anchor>
    ),
    csv: (row) => row.title,
  },
  {
    key: 'of',
    header: 'Of',
    render: (row) =>
      row.organization ? (
        <Anchor component={Link} to={`/organizations/${row.organization.id}`}>
          {row.organization.name}
        </Anchor>
      ) : (
        row.project && (
          <Anchor component={Link} to={`/projects/${row.project.id}`}>
            {row.project.name}
          </Anchor>
        )
      ),
    csv: (row) => row.organization?.name ?? row.project?.name,
  },
  {
    key: 'category',
    header: 'Category',
    render: (row) => NEED_CATEGORY_LABELS[row.category],
    csv: (row) => NEED_CATEGORY_LABELS[row.category],
  },
  {
    key: 'priority',
    header: 'Priority',
    sortKey: 'priority',
    render: (row) => (
      <Badge variant="dot" color={NEED_PRIORITY_COLORS[row.priority]} tt="none" miw="max-content">
        {NEED_PRIORITY_LABELS[row.priority]}
      </Badge>
    ),
    csv: (row) => NEED_PRIORITY_LABELS[row.priority],
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (row) => (
      <Badge variant="dot" color={NEED_STATUS_COLORS[row.status]} tt="none" miw="max-content">
        {NEED_STATUS_LABELS[row.status]}
      </Badge>
    ),
    csv: (row) => NEED_STATUS_LABELS[row.status],
  },
  { key: 'owner', header: 'Owner', render: (row) => row.owner?.name, csv: (row) => row.owner?.name },
  {
    key: 'source',
    header: 'Source',
    hiddenByDefault: true,
    render: (row) => row.source,
    csv: (row) => row.source,
  },
  {
    key: 'tags',
    header: 'Tags',
    hiddenByDefault: true,
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
    key: 'created',
    header: 'Recorded',
    sortKey: 'created',
    hiddenByDefault: true,
    render: (row) => (
      <Text size="sm" component="time" dateTime={row.createdAt}>
        {dayjs(row.createdAt).format('D MMM YYYY')}
      </Text>
    ),
    csv: (row) => row.createdAt,
  },
  {
    key: 'updated',
    header: 'Updated',
    sortKey: 'updated',
    render: (row) => (
      <Text size="sm" component="time" dateTime={row.updatedAt}>
        {dayjs(row.updatedAt).format('D MMM YYYY')}
      </Text>
    ),
    csv: (row) => row.updatedAt,
  },
];
