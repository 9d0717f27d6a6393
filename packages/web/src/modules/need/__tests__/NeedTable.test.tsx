import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { organizationPickerMock, userOptionsMock } from '../../project/__tests__/projectMocks';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { NeedListPage, NeedListQuery } from '../pages/NeedListPage';

const NOW = '2026-01-01T00:00:00.000Z';

function need(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Need' as const,
    id,
    title,
    category: 'STORAGE' as const,
    priority: 'HIGH' as const,
    status: 'IDENTIFIED' as const,
    source: null,
    createdAt: NOW,
    updatedAt: NOW,
    organization: { __typename: 'Organization' as const, id: 'org-cern', name: 'CERN' },
    project: null,
    owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
    tags: [],
    ...overrides,
  };
}

const tagOptionsMock: MockLink.MockedResponse = {
  request: { query: TagOptionsQuery },
  result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const listMock = (variables: Record<string, unknown>, nodes: ReturnType<typeof need>[], totalCount = nodes.length) => ({
  request: { query: NeedListQuery, variables },
  result: { data: { needs: { __typename: 'NeedConnection', totalCount, nodes } } },
});

const FIRST_PAGE = [
  need('need-1', 'Archive for detector data'),
  need('need-2', 'GPU hours for training', {
    category: 'COMPUTE',
    priority: 'CRITICAL',
    status: 'BEING_ADDRESSED',
    organization: null,
    project: { __typename: 'Project', id: 'project-1', name: 'Open Science Grid' },
  }),
];

const mocks = [tagOptionsMock, userOptionsMock, organizationPickerMock];

describe('NeedTable on the need list', () => {
  it('asks the server for the view in the URL and shows each need with its holder, priority and status', async () => {
    renderWithProviders(<NeedListPage />, {
      mocks: [
        ...mocks,
        listMock(
          {
            filter: { statuses: ['IDENTIFIED', 'BEING_ADDRESSED'], priorities: ['HIGH', 'CRITICAL'] },
            orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
            first: 25,
          },
          FIRST_PAGE,
          2,
        ),
      ],
      route: '/needs?status=IDENTIFIED,BEING_ADDRESSED&priority=HIGH,CRITICAL&sort=-updated',
      path: '/needs',
    });

    const table = screen.getByRole('table', { name: 'Needs' });
    const gpu = (await within(table).findByRole('link', { name: 'GPU hours for training' })).closest('tr')!;
    expect(within(gpu).getByRole('link', { name: 'Open Science Grid' })).toHaveAttribute('href', '/projects/project-1');
    expect(gpu).toHaveTextContent('Compute');
    expect(gpu).toHaveTextContent('Critical');
    expect(gpu).toHaveTextContent('Being addressed');
    const archive = within(table).getByRole('link', { name: 'Archive for detector data' }).closest('tr')!;
    expect(within(archive).getByRole('link', { name: 'CERN' })).toHaveAttribute('href', '/organizations/org-cern');
    expect(within(table).getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
  });

  it('sorts by priority on the server when its header is clicked', async () => {
    const { user } = renderWithProviders(<NeedListPage />, {
      mocks: [
        ...mocks,
        listMock({ filter: {}, orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: 25 }, FIRST_PAGE),
        listMock({ filter: {}, orderBy: { field: 'PRIORITY', direction: 'ASC' }, first: 25 }, [
          FIRST_PAGE[1]!,
          FIRST_PAGE[0]!,
        ]),
      ],
      route: '/needs?sort=updated',
      path: '/needs',
    });
    const table = screen.getByRole('table', { name: 'Needs' });
    await within(table).findByRole('link', { name: 'Archive for detector data' });
    await user.click(within(table).getByRole('button', { name: /Priority/ }));
    expect(await within(table).findByRole('columnheader', { name: /Priority/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const links = await within(table).findAllByRole('link', { name: /GPU hours|Archive/ });
    expect(links.map((link) => link.textContent)).toEqual(['GPU hours for training', 'Archive for detector data']);
  });

  it('offers the bulk actions to editors for the selected needs, and export only to viewers', async () => {
    const list = listMock({ filter: {}, orderBy: { field: 'PRIORITY', direction: 'ASC' }, first: 25 }, FIRST_PAGE);
    const { user, unmount } = renderWithProviders(<NeedListPage />, { mocks: [...mocks, list], path: '*' });
    const table = screen.getByRole('table', { name: 'Needs' });
    await within(table).findByRole('link', { name: 'Archive for detector data' });
    await user.click(within(table).getByRole('checkbox', { name: /Archive for detector data/ }));
    const bar = screen.getByRole('region', { name: 'Selected rows' });
    expect(within(bar).getByRole('button', { name: 'Export selected' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: /Tags/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New need' })).toBeInTheDocument();
    unmount();

    const viewer = {
      user: { id: 'user-3', name: 'Vera Viewer', role: 'VIEWER' as const },
      demo: true,
      canEdit: false,
      isAdmin: false,
    };
    const second = renderWithProviders(<NeedListPage />, { mocks: [...mocks, list], path: '*', session: viewer });
    const again = screen.getByRole('table', { name: 'Needs' });
    await within(again).findByRole('link', { name: 'Archive for detector data' });
    await second.user.click(within(again).getByRole('checkbox', { name: /Archive for detector data/ }));
    const viewerBar = screen.getByRole('region', { name: 'Selected rows' });
    expect(within(viewerBar).getByRole('button', { name: 'Export selected' })).toBeInTheDocument();
    expect(within(viewerBar).queryByRole('button', { name: /Tags/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New need' })).not.toBeInTheDocument();
  });
});
