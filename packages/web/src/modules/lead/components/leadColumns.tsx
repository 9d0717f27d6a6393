import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router';
import type { LeadTable_LeadFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { dateColumn, ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';
import { LEAD_SOURCE_LABELS, LEAD_STATUS_COLORS, LEAD_STATUS_LABELS } from '../leadLabels';

/** The columns of the lead list; `sortKey`s are those of useLeadListView. */
export const LEAD_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'name',
    header: 'Lead',
    sortKey: 'name',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/leads/${row.id}`} fw={600}>
        {row.name}
      </Anchor>
    ),
    csv: (row) => row.name,
  },
  {
    key: 'organization',
    header: 'Organization',
    render: (row) => row.organizationName,
    csv: (row) => row.organizationName,
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (row) => (
      <Badge variant="dot" color={LEAD_STATUS_COLORS[row.status]} tt="none">
        {LEAD_STATUS_LABELS[row.status]}
      </Badge>
    ),
    csv: (row) => LEAD_STATUS_LABELS[row.status],
  },
  {
    key: 'source',
    header: 'Source',
    render: (row) => LEAD_SOURCE_LABELS[row.source],
    csv: (row) => LEAD_SOURCE_LABELS[row.source],
  },
  { key: 'country', header: 'Country', render: (row) => row.country, csv: (row) => row.country },
  ownerColumn(),
  { key: 'email', header: 'Email', hiddenByDefault: true, render: (row) => row.email, csv: (row) => row.email },
  tagsColumn({ hiddenByDefault: true }),
  dateColumn('created', 'Recorded', (row) => row.createdAt, { sortKey: 'created', hiddenByDefault: false }),
  updatedColumn({ hiddenByDefault: true }),
];
