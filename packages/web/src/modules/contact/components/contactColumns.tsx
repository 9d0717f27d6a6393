import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { ContactTable_ContactFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { ContactCountryCell, ContactTitleCell } from './ContactFieldCell';
import { activityCountColumn, dateColumn, ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';

/** The columns of the contact list; `sortKey`s are those of useContactListView. */
export const CONTACT_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    alwaysVisible: true,
    render: (row) => (
      <Anchor component={Link} to={`/contacts/${row.id}`} fw={600}>
        {row.name}
      </Anchor>
    ),
    csv: (row) => row.name,
  },
  {
    key: 'title',
    header: 'Title',
    render: (row) => <ContactTitleCell contact={row} />,
    csv: (row) => row.title,
  },
  {
    key: 'organization',
    header: 'Organization',
    render: (row) =>
      row.primaryOrganization && (
        <Anchor component={Link} to={`/organizations/${row.primaryOrganization.id}`}>
          {row.primaryOrganization.name}
        </Anchor>
      ),
    csv: (row) => row.primaryOrganization?.name,
  },
  {
    key: 'role',
    header: 'Role',
    render: (row) => row.primaryAffiliation?.role,
    csv: (row) => row.primaryAffiliation?.role,
  },
  {
    key: 'email',
    header: 'Email',
    // Null for viewers, who may not see contact details: the cell stays empty.
    render: (row) =>
      row.emails?.[0] && (
        <Anchor href={`mailto:${row.emails[0]}`} size="sm">
          {row.emails[0]}
        </Anchor>
      ),
    csv: (row) => row.emails?.join('; '),
  },
  {
    key: 'phone',
    header: 'Phone',
    hiddenByDefault: true,
    render: (row) => row.phones?.[0],
    csv: (row) => row.phones?.join('; '),
  },
  {
    key: 'country',
    header: 'Country',
    sortKey: 'country',
    render: (row) => <ContactCountryCell contact={row} />,
    csv: (row) => row.country,
  },
  dateColumn('lastContacted', 'Last contacted', (row) => row.lastContactedAt, { sortKey: 'lastContacted' }),
  activityCountColumn(),
  tagsColumn(),
  ownerColumn({ hiddenByDefault: true }),
  updatedColumn(),
];
