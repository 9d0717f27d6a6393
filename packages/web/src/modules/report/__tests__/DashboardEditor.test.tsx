import type { MockLink } from '@apollo/client/testing';
import { configure, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DashboardEditor } from '../components/DashboardEditor';
import { placed } from '../dashboardLayout';
import { DeleteDashboard, UpdateDashboard } from '../dashboardOperations';
import { builtIns, dashboard, lookupMocks, pick } from './dashboardFixtures';

configure({ asyncUtilTimeout: 4000 });

describe('DashboardEditor', () => {
  it('places widgets in their order, a row starting where the next does not fit', () => {
    const at = placed([
      { kind: 'MARKDOWN', markdown: 'a', w: 6, h: 2 },
      { kind: 'MARKDOWN', markdown: 'b', w: 4, h: 4 },
      { kind: 'MARKDOWN', markdown: 'c', w: 3, h: 2 },
      { kind: 'MARKDOWN', markdown: 'd', w: 12, h: 2 },
    ]).map(({ x, y }) => [x, y]);
    expect(at).toEqual([
      [0, 0],
      [6, 0],
      [0, 4],
      [0, 6],
    ]);
  });

  it('renames, shares, reorders, resizes, removes and adds widgets, and saves it all with the version it started from', async () => {
    const input = {
      id: 'dash-1',
      version: 3,
      name: 'NGI month',
      visibility: 'EVERYONE',
      teamId: null,
      filters: { period: 'LAST_QUARTER', teamIds: [], countries: [], tagIds: [] },
      widgets: [
        {
          kind: 'MARKDOWN',
          savedReportId: null,
          builtInReportId: null,
          markdown: 'Read **me**',
          title: 'Notes',
          x: 0,
          y: 0,
          w: 12,
          h: 2,
        },
        {
          kind: 'SAVED_REPORT',
          savedReportId: 'report-1',
          builtInReportId: null,
          markdown: null,
          title: null,
          x: 0,
          y: 2,
          w: 12,
          h: 4,
        },
        {
          kind: 'BUILT_IN_REPORT',
          savedReportId: null,
          builtInReportId: 'activities-recorded',
          markdown: null,
          title: null,
          x: 0,
          y: 6,
          w: 3,
          h: 2,
        },
      ],
    };
    let saved = false;
    const update: MockLink.MockedResponse = {
      request: { query: UpdateDashboard, variables: { input } },
      result: () => {
        saved = true;
        return { data: { updateDashboard: { ...dashboard, version: 4, name: 'NGI month', visibility: 'EVERYONE' } } };
      },
    };
    const onDone = jest.fn();
    const { user } = renderWithProviders(
      <DashboardEditor dashboard={dashboard} builtIns={builtIns} onDone={onDone} />,
      {
        mocks: [...lookupMocks, update] as never,
      },
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'NGI month');
    await user.click(screen.getByText('Everyone'));
    await pick(user, 'Period', 'Last quarter');

    // Keyboard: the move buttons are buttons, reached and pressed without a mouse.
    screen.getByRole('button', { name: 'Move Notes up' }).focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Move Notes up' }));
    expect(screen.getByRole('button', { name: 'Move Notes up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove Open needs by country' }));
    expect(screen.queryByRole('listitem', { name: 'Open needs by country' })).not.toBeInTheDocument();
    await pick(user, 'Width of Needs by category', 'Full width');

    await user.click(screen.getByRole('button', { name: 'Add a widget' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a widget' });
    await user.click(within(dialog).getByText('Built-in report'));
    await pick(user, 'Built-in report', 'Activities recorded', dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add widget' }));
    const items = screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label'));
    expect(items).toEqual(['Notes', 'Needs by category', 'Activities recorded']);

    await user.click(screen.getByRole('button', { name: 'Save dashboard' }));
    await screen.findByText('Dashboard saved');
    expect(saved).toBe(true);
    expect(onDone).toHaveBeenCalled();
  }, 90_000);

  it('says why the server refused a change, and keeps the edits', async () => {
    const update: MockLink.MockedResponse = {
      request: { query: UpdateDashboard, variables: () => true },
      result: { errors: [{ message: 'Changed by someone else', extensions: { code: 'CONFLICT' } }] } as never,
    };
    const { user } = renderWithProviders(
      <DashboardEditor dashboard={dashboard} builtIns={builtIns} onDone={jest.fn()} />,
      {
        mocks: [...lookupMocks, update] as never,
      },
    );
    await user.click(screen.getByRole('button', { name: 'Remove Notes' }));
    await user.click(screen.getByRole('button', { name: 'Save dashboard' }));
    expect(await screen.findByText('Someone else changed this meanwhile')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('moves the dashboard to the trash after asking, and leaves it', async () => {
    const trash: MockLink.MockedResponse = {
      request: { query: DeleteDashboard, variables: { input: { id: 'dash-1', version: 3 } } },
      result: {
        data: { deleteDashboard: { __typename: 'Dashboard', id: 'dash-1', deletedAt: '2026-12-06T00:00:00Z' } },
      },
    };
    const { user } = renderWithProviders(
      <DashboardEditor dashboard={dashboard} builtIns={builtIns} onDone={jest.fn()} />,
      {
        route: '/dashboards/dash-1',
        path: '/dashboards/:id',
        mocks: [...lookupMocks, trash] as never,
      },
    );
    await user.click(screen.getByRole('button', { name: 'Delete dashboard' }));
    await user.click(screen.getByRole('button', { name: 'Move to trash' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });
});
