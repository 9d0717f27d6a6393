import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import type { Session } from '../../../app/session/sessionContext';
import {
  ActiveUsersQuery,
  DeactivateUserMutation,
  HandOverRecordsMutation,
  OwnedRecordCountsQuery,
  UsersPageQuery,
} from '../adminOperations';
import { UsersPage } from '../pages/UsersPage';

const ADMIN_SESSION: Session = {
  ...EDITOR_SESSION,
  user: { id: 'admin-1', name: 'Ada Admin', role: 'ADMIN' },
  isAdmin: true,
};

const user = (id: string, name: string, values: Record<string, unknown> = {}) => ({
  __typename: 'User' as const,
  id,
  name,
  email: `${id}@example.org`,
  role: 'EDITOR' as const,
  expertise: ['Cloud'],
  active: true,
  deactivatedAt: null,
  lastSignInAt: null,
  version: 3,
  memberships: [
    {
      __typename: 'TeamMembership' as const,
      id: `m-${id}`,
      role: 'LEAD' as const,
      team: { __typename: 'Team' as const, id: 'team-1', code: 'NGI_IT', name: 'NGI Italy' },
    },
  ],
  ...values,
});
const ADA = user('admin-1', 'Ada Admin', { role: 'ADMIN' });
const LEA = user('lea', 'Lea Leaving');
const HAL = user('hal', 'Hal Heir');

const usersResult = (nodes: ReturnType<typeof user>[]) => ({
  request: { query: UsersPageQuery, variables: {} },
  result: { data: { users: { __typename: 'UserConnection', totalCount: nodes.length, nodes } } },
});

afterEach(() => notifications.clean());

describe('UsersPage', () => {
  it('shows roles, teams and expertise to a non-admin, without any control', async () => {
    renderWithProviders(<UsersPage />, { mocks: [usersResult([ADA, LEA])] });
    const table = await screen.findByRole('table', { name: 'Users' });
    const lea = (await within(table).findByText('Lea Leaving')).closest('tr')!;
    expect(lea).toHaveTextContent('Editor');
    expect(lea).toHaveTextContent('NGI Italy (lead)');
    expect(lea).toHaveTextContent('Cloud');
    expect(lea).toHaveTextContent('Active');
    expect(screen.queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Role of/ })).not.toBeInTheDocument();
  });

  it('counts what a user owns before an admin hands it over and deactivates them', async () => {
    const mocks = [
      usersResult([ADA, LEA, HAL]),
      {
        request: { query: OwnedRecordCountsQuery, variables: { id: 'lea' } },
        result: {
          data: {
            user: {
              __typename: 'User',
              id: 'lea',
              ownedRecordCounts: [
                { __typename: 'OwnedRecordCount', type: 'Organization', count: 2 },
                { __typename: 'OwnedRecordCount', type: 'Contact', count: 1 },
              ],
            },
          },
        },
      },
      {
        request: { query: ActiveUsersQuery, variables: {} },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
              nodes: [ADA, LEA, HAL].map(({ id, name }) => ({ __typename: 'User', id, name })),
            },
          },
        },
      },
      {
        request: { query: HandOverRecordsMutation, variables: { input: { ownerId: 'hal', fromOwnerId: 'lea' } } },
        result: { data: { reassignOwner: 3 } },
      },
      {
        request: { query: DeactivateUserMutation, variables: { input: { id: 'lea', version: 3 } } },
        result: {
          data: {
            deactivateUser: {
              __typename: 'User',
              id: 'lea',
              active: false,
              deactivatedAt: '2026-12-04T10:00:00.000Z',
              version: 4,
            },
          },
        },
      },
      usersResult([ADA, { ...LEA, active: false, version: 4 }, HAL]),
    ];
    const { user: person } = renderWithProviders(<UsersPage />, { mocks, session: ADMIN_SESSION });
    await screen.findByText('Lea Leaving');
    // Nobody deactivates themselves.
    expect(screen.queryByRole('button', { name: 'Deactivate Ada Admin' })).not.toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Deactivate Lea Leaving' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Lea Leaving' });
    expect(await within(dialog).findByText('Lea Leaving owns 3 records: 2 organizations, 1 contact.')).toBeVisible();
    await person.click(within(dialog).getByRole('button', { name: 'Hand over 3 and deactivate' }));
    expect(await within(dialog).findByText('Choose who receives the records')).toBeVisible();

    await person.click(within(dialog).getByRole('combobox', { name: 'Hand their records to' }));
    await person.click(await screen.findByRole('option', { name: 'Hal Heir' }));
    await person.click(within(dialog).getByRole('button', { name: 'Hand over 3 and deactivate' }));
    expect(await screen.findByText('Lea Leaving was deactivated; 3 records went to Hal Heir.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Reactivate Lea Leaving' })).toBeInTheDocument();
  });
});
