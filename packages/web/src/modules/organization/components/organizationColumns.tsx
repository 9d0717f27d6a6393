import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { OrganizationTable_OrganizationFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { ORGANIZATION_KIND_LABELS } from '../organizationKinds';
import { OrganizationCountryCell, OrganizationKindCell, OrganizationTextCell } from './OrganizationFieldCell';
import { activityCountColumn, dateColumn, tagsColumn, updatedColumn } from '../../../ui/list';

/** The columns of the organization list; `sortKey`s are those of useOrganizationListView. */
export const ORGANIZATION_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/organizations/${row.id}`} fw={600}>
        {row.name}
      </Anchor>
    ),
    csv: (row) => row.name,
  },
  {
    key: 'acronym',
    header: 'Acronym',
    render: (row) => <OrganizationTextCell organization={row} field="acronym" />,
    csv: (row) => row.acronym,
  },
  {
    key: 'kind',
    header: 'Kind',
    sortKey: 'kind',
    render: (row) => <OrganizationKindCell organization={row} />,
    csv: (row) => ORGANIZATION_KIND_LABELS[row.kind],
  },
  {
    key: 'country',
    header: 'Country',
    sortKey: 'country',
    render: (row) => <OrganizationCountryCell organization={row} />,
    csv: (row) => row.country,
  },
  {
    key: 'city',
    header: 'City',
    render: (row) => <OrganizationTextCell organization={row} field="city" />,
    csv: (row) => row.city,
  },
  {
    key: 'parent',
    header: 'Part of',
    hiddenByDefault: true,
    render: (row) =>
      row.parent && (
        <Anchor component={Link} to={`/organizations/${row.parent.id}`}>
          {row.parent.name}
        </Anchor>
      ),
    csv: (row) => row.parent?.name,
  },
  dateColumn('lastContacted', 'Last contacted', (row) => row.lastContactedAt, { sortKey: 'lastContacted' }),
  activityCountColumn(),
  tagsColumn(),
  {
    key: 'website',
    header: 'Web site',
    hiddenByDefault: true,
    render: (row) =>
      row.website && (
        <Anchor href={row.website} target="_blank" rel="noreferrer" size="sm">
          {row.website.replace(/^https?:\/\//, '')}
        </Anchor>
      ),
    csv: (row) => row.website,
  },
  updatedColumn(),
];
