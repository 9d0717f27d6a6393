import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { NeedTable_NeedFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { dateColumn, ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';
import { NEED_CATEGORY_LABELS, NEED_PRIORITY_LABELS, NEED_STATUS_LABELS } from '../needLabels';
import { NeedPriorityCell, NeedStatusCell } from './NeedFieldCell';

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
    render: (row) => <NeedPriorityCell need={row} />,
    csv: (row) => NEED_PRIORITY_LABELS[row.priority],
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (row) => <NeedStatusCell need={row} />,
    csv: (row) => NEED_STATUS_LABELS[row.status],
  },
  ownerColumn(),
  {
    key: 'source',
    header: 'Source',
    hiddenByDefault: true,
    render: (row) => row.source,
    csv: (row) => row.source,
  },
  tagsColumn({ hiddenByDefault: true }),
  dateColumn('created', 'Recorded', (row) => row.createdAt, { sortKey: 'created', hiddenByDefault: true }),
  updatedColumn({ hiddenByDefault: false }),
];
