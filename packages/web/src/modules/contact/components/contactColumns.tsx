import { Anchor, Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ContactTable_ContactFragment as Row } from '../../../generated/graphql';
import { countryName } from '../../../ui/countries';
import type { DataTableColumn } from '../../../ui/DataTable';

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
  { key: 'title', header: 'Title', render: (row) => row.title, csv: (row) => row.title },
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
    render: (row) => row.country && <span title={row.country}>{countryName(row.country)}</span>,
    csv: (row) => row.country,
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
    key: 'owner',
    header: 'Owner',
    hiddenByDefault: true,
    render: (row) => row.owner?.name,
    csv: (row) => row.owner?.name,
  },
  {
    key: 'updated',
    header: 'Updated',
    sortKey: 'updated',
    hiddenByDefault: true,
    render: (row) => (
      <Text size="sm" component="time" dateTime={row.updatedAt}>
        {dayjs(row.updatedAt).format('D MMM YYYY')}
      </Text>
    ),
    csv: (row) => row.updatedAt,
  },
];
