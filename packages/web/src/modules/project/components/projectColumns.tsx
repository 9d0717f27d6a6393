import { Anchor, Badge } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ProjectTable_ProjectFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../projectLabels';
import { ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';

const day = (value: string | null | undefined) => (value ? dayjs(value).format('D MMM YYYY') : null);

/** The columns of the project list; `sortKey`s are those of useProjectListView. */
export const PROJECT_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/projects/${row.id}`} fw={600}>
        {row.name}
      </Anchor>
    ),
    csv: (row) => row.name,
  },
  { key: 'acronym', header: 'Acronym', render: (row) => row.acronym, csv: (row) => row.acronym },
  {
    key: 'kind',
    header: 'Kind',
    render: (row) => PROJECT_KIND_LABELS[row.kind],
    csv: (row) => PROJECT_KIND_LABELS[row.kind],
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (row) => (
      <Badge variant="dot" color={PROJECT_STATUS_COLORS[row.status]} tt="none" miw="max-content">
        {PROJECT_STATUS_LABELS[row.status]}
      </Badge>
    ),
    csv: (row) => PROJECT_STATUS_LABELS[row.status],
  },
  {
    key: 'start',
    header: 'Start',
    sortKey: 'start',
    render: (row) => row.startDate && <time dateTime={row.startDate}>{day(row.startDate)}</time>,
    csv: (row) => row.startDate,
  },
  {
    key: 'end',
    header: 'End',
    sortKey: 'end',
    render: (row) => row.endDate && <time dateTime={row.endDate}>{day(row.endDate)}</time>,
    csv: (row) => row.endDate,
  },
  {
    key: 'domain',
    header: 'Scientific domain',
    hiddenByDefault: true,
    render: (row) => row.scientificDomain,
    csv: (row) => row.scientificDomain,
  },
  ownerColumn(),
  tagsColumn(),
  updatedColumn(),
];
