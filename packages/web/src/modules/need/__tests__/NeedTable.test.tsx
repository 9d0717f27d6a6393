import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { organizationPickerMock, userOptionsMock } from '../../project/__tests__/projectMocks';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { NeedListPage, NeedListQuery } from '../pages/NeedListPage';
import { NeedFieldsNowQuery } from '../components/NeedFieldCell';
import { SetNeedFieldMutation } from '../hooks/useSetNeedField';

const NOW = '2026-01-01T00:00:00.000Z';

function need(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Need' as const,
    id,
    title,
    version: 2,
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

  describe('changing a status or a priority in the row', () => {
    const list = listMock({ filter: {}, orderBy: { field: 'PRIORITY', direction: 'ASC' }, first: 25 }, FIRST_PAGE);
    const saved = (version: number, patch: Record<string, string>, answer: Record<string, unknown>) => ({
      request: { query: SetNeedFieldMutation, variables: { input: { id: 'need-1', version, ...patch } } },
      result: answer,
    });
    const savedNeed = (version: number, status: string, priority = 'HIGH') => ({
      data: {
        updateNeed: {
          __typename: 'Need',
          id: 'need-1',
          version,
          status,
          priority,
          updatedAt: '2026-01-02T00:00:00.000Z',
        },
      },
    });
    const CONFLICT = {
      errors: [{ message: 'Need need-1 was changed by someone else', extensions: { code: 'CONFLICT' } }],
      data: null,
    };
    const now = (version: number, status: string) => ({
      request: { query: NeedFieldsNowQuery, variables: { id: 'need-1' } },
      result: { data: { need: { __typename: 'Need', id: 'need-1', version, status, priority: 'HIGH' } } },
    });

    async function choose(user: ReturnType<typeof renderWithProviders>['user'], control: string, option: string) {
      const select = await screen.findByRole('combobox', { name: control });
      await user.click(select);
      // The options of this row's control (the filters above have options of the same names).
      const listbox = await waitFor(() => document.getElementById(select.getAttribute('aria-controls')!)!);
      await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
    }

    it('saves the new status on the version the row shows, and the row shows it', async () => {
      const { user } = renderWithProviders(<NeedListPage />, {
        mocks: [...mocks, list, saved(2, { status: 'FULFILLED' }, savedNeed(3, 'FULFILLED'))],
        path: '*',
      });
      await choose(user, 'Status of Archive for detector data', 'Fulfilled');
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Status of Archive for detector data' })).toHaveValue('Fulfilled'),
      );
      expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument();
    });

    it('on a conflict shows their value beside the choice, and re-applies it on their version', async () => {
      const { user } = renderWithProviders(<NeedListPage />, {
        mocks: [
          ...mocks,
          list,
          saved(2, { priority: 'LOW' }, CONFLICT),
          now(5, 'BEING_ADDRESSED'),
          saved(5, { priority: 'LOW' }, savedNeed(6, 'BEING_ADDRESSED', 'LOW')),
        ],
        path: '*',
      });
      await choose(user, 'Priority of Archive for detector data', 'Low');
      const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
      const row = within(dialog).getByRole('row', { name: /Priority/ });
      expect(row).toHaveTextContent('High'); // theirs: only the status changed
      expect(row).toHaveTextContent('Low'); // yours
      // The row shows what the server has now.
      expect(screen.getByRole('combobox', { name: 'Status of Archive for detector data' })).toHaveValue(
        'Being addressed',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Priority of Archive for detector data' })).toHaveValue('Low'),
      );
      expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument();
    });

    it('keeps the choice waiting when the dialog is closed, and drops it only when asked', async () => {
      const { user } = renderWithProviders(<NeedListPage />, {
        mocks: [...mocks, list, saved(2, { status: 'FULFILLED' }, CONFLICT), now(4, 'NOT_PURSUED')],
        path: '*',
      });
      await choose(user, 'Status of Archive for detector data', 'Fulfilled');
      const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
      const row = within(dialog).getByRole('row', { name: /Status/ });
      expect(row).toHaveTextContent('Not pursued');
      expect(row).toHaveTextContent('Fulfilled');
      await user.click(within(dialog).getByRole('button', { name: 'Close, keeping my input' }));
      const waiting = await screen.findByRole('button', {
        name: 'Not saved: review the status of Archive for detector data',
      });
      await user.click(waiting);
      const again = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
      expect(within(again).getByRole('row', { name: /Status/ })).toHaveTextContent('Fulfilled');
      await user.click(within(again).getByRole('button', { name: 'Discard mine, reload theirs' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument());
      expect(screen.getByRole('combobox', { name: 'Status of Archive for detector data' })).toHaveValue('Not pursued');
    });

    it('offers viewers no control, only the values', async () => {
      renderWithProviders(<NeedListPage />, {
        mocks: [...mocks, list],
        path: '*',
        session: {
          user: { id: 'user-3', name: 'Vera Viewer', role: 'VIEWER' },
          demo: true,
          canEdit: false,
          isAdmin: false,
        },
      });
      const table = screen.getByRole('table', { name: 'Needs' });
      const archive = (await within(table).findByRole('link', { name: 'Archive for detector data' })).closest('tr')!;
      expect(archive).toHaveTextContent('Identified');
      expect(within(table).queryByRole('combobox', { name: /Status of/ })).not.toBeInTheDocument();
      expect(within(table).queryByRole('combobox', { name: /Priority of/ })).not.toBeInTheDocument();
    });
  });
});
