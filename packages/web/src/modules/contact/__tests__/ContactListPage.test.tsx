import type { MockLink } from '@apollo/client/testing';
import { configure, screen, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { UserOptionsQuery } from '../../bulk/hooks/useUserOptions';
import { ContactListPage, ContactListQuery } from '../pages/ContactListPage';
import { organizationPickerMock } from './contactMocks';

configure({ asyncUtilTimeout: 4000 });

const row = (id: string, name: string, emails: string[] | null) => ({
  __typename: 'Contact' as const,
  id,
  name,
  version: 1,
  title: 'Researcher',
  country: 'FR',
  emails,
  phones: emails && [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastContactedAt: emails ? '2025-11-03T10:00:00.000Z' : null,
  primaryOrganization: { __typename: 'Organization' as const, id: 'org-1', name: 'Institut Curie' },
  primaryAffiliation: { __typename: 'Affiliation' as const, id: `aff-${id}`, role: 'Physicist' },
  activityCount: { __typename: 'ActivityConnection' as const, totalCount: id === 'c-1' ? 7 : 0 },
  owner: null,
  tags: [{ __typename: 'Tag' as const, id: 'tag-1', label: 'Partner' }],
});

function listMock(variables: Record<string, unknown>, viewer = false): MockLink.MockedResponse {
  return {
    request: { query: ContactListQuery, variables },
    result: {
      data: {
        contacts: {
          __typename: 'ContactConnection',
          totalCount: 2,
          nodes: [
            row('c-1', 'Marie Curie', viewer ? null : ['marie@example.org']),
            row('c-2', 'Pierre Curie', viewer ? null : ['pierre@example.org']),
          ],
        },
      },
    },
  };
}

const options: MockLink.MockedResponse[] = [
  organizationPickerMock,
  {
    request: { query: TagOptionsQuery },
    result: {
      data: {
        tags: {
          __typename: 'TagConnection',
          nodes: [{ __typename: 'Tag', id: '11111111-1111-4111-8111-111111111111', label: 'Partner' }],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: UserOptionsQuery },
    result: { data: { users: { __typename: 'UserConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

describe('ContactListPage', () => {
  it('asks the server for the view in the URL and shows its rows with the chosen columns', async () => {
    const variables = {
      filter: { text: 'curie', countries: ['FR'] },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      first: 25,
    };
    renderWithProviders(<ContactListPage />, {
      mocks: [...options, listMock(variables)],
      route: '/contacts?q=curie&country=FR&sort=-updated',
    });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(await within(table).findByRole('link', { name: 'Marie Curie' })).toHaveAttribute('href', '/contacts/c-1');
    expect(within(table).getByRole('columnheader', { name: /Email/ })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'marie@example.org' })).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: 'Institut Curie' })).toHaveLength(2);
    expect(within(table).getAllByRole('cell', { name: 'Physicist' })).toHaveLength(2);
    expect(within(table).getByRole('columnheader', { name: /Activities/ })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '7' })).toBeInTheDocument();
    // Editors change a title or a country right in the row.
    expect(within(table).getByRole('textbox', { name: 'Title of Marie Curie' })).toHaveValue('Researcher');
    expect(within(table).getByRole('combobox', { name: 'Country of Pierre Curie' })).toHaveValue('France');
  });

  it('reads tags by name in the URL, and still by id', async () => {
    const variables = {
      filter: { tagIds: ['11111111-1111-4111-8111-111111111111'] },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 25,
    };
    for (const route of ['/contacts?tag=Partner', '/contacts?tag=11111111-1111-4111-8111-111111111111']) {
      const { unmount } = renderWithProviders(<ContactListPage />, { mocks: [...options, listMock(variables)], route });
      const table = await screen.findByRole('table', { name: 'Contacts' });
      expect(await within(table).findByRole('link', { name: 'Marie Curie' })).toBeInTheDocument();
      unmount();
    }
  });

  it('sorts by last contacted on the server and shows the date', async () => {
    const variables = { filter: {}, orderBy: { field: 'LAST_CONTACTED_AT', direction: 'DESC' }, first: 25 };
    renderWithProviders(<ContactListPage />, {
      mocks: [...options, listMock(variables)],
      route: '/contacts?sort=-lastContacted',
    });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    await within(table).findByRole('link', { name: 'Marie Curie' });
    expect(within(table).getByRole('columnheader', { name: /Last contacted/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getAllByText('3 Nov 2025')).toHaveLength(2);
  });

  it('offers bulk tagging and owner change for the selected rows', async () => {
    const variables = { filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 25 };
    const { user } = renderWithProviders(<ContactListPage />, {
      mocks: [...options, listMock(variables)],
      route: '/contacts',
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Pierre Curie' }));
    const bar = screen.getByRole('region', { name: 'Selected rows' });
    expect(bar).toHaveTextContent('1 selected');
    expect(within(bar).getByRole('button', { name: 'Tags…' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Change owner…' })).toBeInTheDocument();
  });

  it('shows viewers no email column and no edit control', async () => {
    const variables = { filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 25 };
    const { user } = renderWithProviders(<ContactListPage />, {
      mocks: [...options, listMock(variables, true)],
      route: '/contacts',
      session: { ...EDITOR_SESSION, user: { ...EDITOR_SESSION.user, role: 'VIEWER' }, canEdit: false },
    });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    await within(table).findByRole('link', { name: 'Marie Curie' });
    expect(within(table).queryByRole('columnheader', { name: /Email/ })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: 'Researcher' })).toHaveLength(2);
    expect(within(table).queryByRole('textbox', { name: /Title of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New contact' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Marie Curie' }));
    expect(screen.queryByRole('button', { name: 'Tags…' })).not.toBeInTheDocument();
  });
});
