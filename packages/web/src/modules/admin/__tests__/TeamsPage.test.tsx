import { configure, screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { ActiveUsersQuery, AddTeamMemberMutation, TeamsPageQuery } from '../adminOperations';
import { TeamsPage } from '../pages/TeamsPage';

configure({ asyncUtilTimeout: 4000 });

const ADMIN_SESSION = {
  ...EDITOR_SESSION,
  user: { ...EDITOR_SESSION.user, name: 'Ada Admin', role: 'ADMIN' as const },
  isAdmin: true,
};

const member = (id: string, name: string, role: 'LEAD' | 'MEMBER') => ({
  __typename: 'TeamMembership',
  id: `m-${id}`,
  role,
  version: 1,
  user: { __typename: 'User', id, name, active: true },
});
const teams = (members: ReturnType<typeof member>[]) => ({
  request: { query: TeamsPageQuery },
  result: {
    data: {
      teams: {
        __typename: 'TeamConnection',
        totalCount: 1,
        nodes: [
          {
            __typename: 'Team',
            id: 'team-1',
            code: 'NGI_IT',
            name: 'NGI Italy',
            description: null,
            version: 2,
            members,
          },
        ],
      },
    },
  },
});
const activeUsers = {
  request: { query: ActiveUsersQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        nodes: [
          { __typename: 'User', id: 'u-1', name: 'Luca Rossi' },
          { __typename: 'User', id: 'u-2', name: 'Giulia Bianchi' },
        ],
      },
    },
  },
};

describe('TeamsPage', () => {
  it('lets an admin add a member to a team, and shows the team again', async () => {
    const added = jest.fn(() => ({
      data: { addTeamMember: { __typename: 'TeamMembership', id: 'm-u-2', role: 'MEMBER' } },
    }));
    const { user } = renderWithProviders(<TeamsPage />, {
      session: ADMIN_SESSION,
      mocks: [
        teams([member('u-1', 'Luca Rossi', 'LEAD')]),
        activeUsers,
        {
          request: { query: AddTeamMemberMutation, variables: { input: { teamId: 'team-1', userId: 'u-2' } } },
          result: added,
        },
        teams([member('u-1', 'Luca Rossi', 'LEAD'), member('u-2', 'Giulia Bianchi', 'MEMBER')]),
      ],
    });
    const team = await screen.findByRole('region', { name: 'NGI Italy' });
    expect(within(team).getByRole('table', { name: 'Members of NGI Italy' })).toHaveTextContent('Luca Rossi');
    const picker = within(team).getByRole('combobox', { name: 'Add a member to NGI Italy' });
    await user.click(picker);
    // Those in the team already are not offered.
    expect(screen.queryByRole('option', { name: 'Luca Rossi', hidden: true })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Giulia Bianchi', hidden: true }));
    await user.click(within(team).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
    expect(await screen.findByText('Giulia Bianchi joined NGI Italy.')).toBeInTheDocument();
    expect(await within(team).findByRole('row', { name: /Giulia Bianchi/ })).toBeInTheDocument();
  });

  it('shows others the teams and their members without any control', async () => {
    renderWithProviders(<TeamsPage />, { mocks: [teams([member('u-1', 'Luca Rossi', 'LEAD')])] });
    const team = await screen.findByRole('region', { name: 'NGI Italy' });
    expect(within(team).getByRole('row', { name: /Luca Rossi/ })).toHaveTextContent(/lead/i);
    expect(screen.queryByRole('button', { name: 'New team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Rename|Delete|Remove) / })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Add a member/ })).not.toBeInTheDocument();
  });
});
