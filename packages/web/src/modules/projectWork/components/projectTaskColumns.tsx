import { Anchor, Badge, Group } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ProjectTaskList_TaskFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { DateCell } from '../../../ui/list';
import { TASK_STATUS_LABELS } from '../projectWorkLabels';

const CLOSED = new Set(['DONE', 'CANCELLED']);

/** Still to do and due before today, as the server's `overdue` filter counts it. */
const isOverdue = (row: Row, today = dayjs().format('YYYY-MM-DD')) =>
  Boolean(row.dueDate && row.dueDate < today && !CLOSED.has(row.status));

/** The columns of the task list; the server orders it (soonest due first), so none sorts. */
export const PROJECT_TASK_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'title',
    header: 'Task',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/projects/${row.project.id}`} fw={600}>
        {row.title}
      </Anchor>
    ),
    csv: (row) => row.title,
  },
  {
    key: 'project',
    header: 'Project',
    render: (row) => (
      <Anchor component={Link} to={`/projects/${row.project.id}`}>
        {row.project.name}
      </Anchor>
    ),
    csv: (row) => row.project.name,
  },
  {
    key: 'assignee',
    header: 'Assignee',
    render: (row) => row.assignee?.name ?? 'Nobody',
    csv: (row) => row.assignee?.name,
  },
  {
    key: 'status',
    header: 'Status',
    render: (row) => TASK_STATUS_LABELS[row.status],
    csv: (row) => TASK_STATUS_LABELS[row.status],
  },
  {
    key: 'due',
    header: 'Due',
    render: (row) => (
      <Group gap="xs" wrap="nowrap">
        <DateCell value={row.dueDate} />
        {isOverdue(row) && (
          <Badge color="red.9" variant="light" size="sm" tt="none">
            Overdue
          </Badge>
        )}
      </Group>
    ),
    csv: (row) => row.dueDate,
  },
];
