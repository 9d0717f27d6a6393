import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { RestoreOrganization } from '../hooks/recordMutations';
import { TrashPage, TrashQuery } from '../pages/TrashPage';

const CERN = {
  __typename: 'TrashItem' as const,
  id: 'org-1',
  type: 'ORGANIZATION' as const,
  title: 'CERN',
  deletedAt: '2026-03-02T10:00:00.000Z',
  deletedBy: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
};
const MINUTES = {
  ...CERN,
  id: 'doc-1',
  type: 'DOCUMENT' as const,
  title: 'Kick-off minutes',
  deletedBy: null,
};

const trash = (nodes: (typeof CERN | typeof MINUTES)[], types?: string[]) => ({
  request: {
    query: TrashQuery,
    variables: (variables: { types?: string[] }) => JSON.stringify(variables.types) === JSON.stringify(types),
  },
  result: { data: { trash: { __typename: 'TrashItemConnection', totalCount: nodes.length, nodes } } },
});

afterEach(() => notifications.clean());

describe('TrashPage', () => {
  it('lists deleted records of all kinds and restores one in one click', async () => {
    const restored = {
      request: { query: RestoreOrganization, variables: { input: { id: 'org-1' } } },
      result: {
        data: {
          restoreOrganization: { __typename: 'Organization', id: 'org-1', version: 4, deletedAt: null },
        },
      },
    };
    const { user } = renderWithProviders(<TrashPage />, {
      mocks: [trash([CERN, MINUTES]), restored, trash([MINUTES])],
      route: '/trash',
      path: '/trash',
    });

    const table = await screen.findByRole('table', { name: 'Deleted records' });
    const cern = (await within(table).findByRole('link', { name: 'CERN' })).closest('tr')!;
    expect(cern).toHaveTextContent('Organization');
    expect(cern).toHaveTextContent('by Eddie Editor');
    expect(within(table).getByRole('link', { name: 'CERN' })).toHaveAttribute('href', '/organizations/org-1');
    expect(within(table).getByRole('link', { name: 'Kick-off minutes' })).toHaveAttribute('href', '/documents/doc-1');

    await user.click(within(cern).getByRole('button', { name: 'Restore CERN' }));
    await screen.findByRole('button', { name: 'Restore Kick-off minutes' });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'CERN' })).not.toBeInTheDocument());
    expect(await screen.findByText(/CERN was restored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open it' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });

  it('filters by kind of record, and says when nothing is there', async () => {
    const { user } = renderWithProviders(<TrashPage />, {
      mocks: [trash([CERN, MINUTES]), trash([], ['NEED'])],
      route: '/trash',
      path: '/trash',
    });
    await screen.findByRole('link', { name: 'CERN' });
    await user.click(screen.getByRole('combobox', { name: 'Kind of record' }));
    await user.click(await screen.findByRole('option', { name: 'Needs' }));
    expect(await screen.findByText('Nothing of this kind in the trash')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'CERN' })).not.toBeInTheDocument();
  });

  it('says when the page in the URL is past the end, and goes back to page 1', async () => {
    const page = (after: boolean, nodes: (typeof CERN)[]) => ({
      request: { query: TrashQuery, variables: (variables: { after?: string }) => Boolean(variables.after) === after },
      result: { data: { trash: { __typename: 'TrashItemConnection', totalCount: 1, nodes } } },
    });
    const { user } = renderWithProviders(<TrashPage />, {
      mocks: [page(true, []), page(false, [CERN])],
      route: '/trash?page=2',
      path: '/trash',
    });
    expect(await screen.findByText('Page 2 is past the end of the trash')).toBeInTheDocument();
    expect(screen.queryByText('The trash is empty')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to page 1' }));
    expect(await screen.findByRole('link', { name: 'CERN' })).toBeInTheDocument();
  });

  it('shows no restore button to viewers', async () => {
    renderWithProviders(<TrashPage />, {
      mocks: [trash([CERN])],
      session: {
        user: { id: 'v', name: 'Vera Viewer', email: 'v@example.org', role: 'VIEWER' },
        demo: true,
        canEdit: false,
        isAdmin: false,
      },
    });
    await screen.findByRole('link', { name: 'CERN' });
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
  });
});
