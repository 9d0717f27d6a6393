import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { AddToDashboardDialog } from '../components/AddToDashboardDialog';
import { CreateSavedReport } from '../components/SaveReportDialog';
import { CreateDashboard, DashboardQuery, DashboardsQuery, UpdateDashboard } from '../dashboardOperations';
import { SavedDashboardPage } from '../pages/SavedDashboardPage';
import { browserTimeZone } from '../timeZone';
import { builtInsMock, dashboard, lookupMocks, NEEDS_SPEC, pick } from './dashboardFixtures';

// The Markdown renderer is an ES module chain that the component tests do not compile.
jest.mock('../../document/components/MarkdownView', () => ({
  MarkdownView: ({ children }: { children: ReactNode }) => <div>{children}</div>,
}));

configure({ asyncUtilTimeout: 4000 });

const dashboards: MockLink.MockedResponse = {
  request: { query: DashboardsQuery },
  result: {
    data: {
      dashboards: {
        __typename: 'DashboardConnection',
        nodes: [
          { ...dashboard, owner: { __typename: 'User', id: 'user-1' } },
          {
            __typename: 'Dashboard',
            id: 'dash-2',
            name: 'Admin board',
            visibility: 'EVERYONE',
            team: null,
            owner: { __typename: 'User', id: 'admin-1' },
          },
        ].map(({ __typename, id, name, visibility, team, owner }) => ({
          __typename,
          id,
          name,
          visibility,
          team,
          owner,
        })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const dashboardQuery = (data: object): MockLink.MockedResponse => ({
  request: { query: DashboardQuery, variables: { id: 'dash-1' } },
  result: { data: { dashboard: data } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('adding a report to a dashboard', () => {
  it('puts a saved report below the widgets of a dashboard one may change, keeping them as they are', async () => {
    const kept = dashboard.widgets.map(({ kind, savedReportId, builtInReportId, markdown, title, x, y, w, h }) => ({
      kind,
      savedReportId,
      builtInReportId,
      markdown,
      title,
      x,
      y,
      w,
      h,
    }));
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateDashboard,
        variables: {
          input: {
            id: 'dash-1',
            version: 3,
            widgets: [...kept, { kind: 'SAVED_REPORT', savedReportId: 'report-1', x: 0, y: 6, w: 6, h: 4 }],
          },
        },
      },
      result: { data: { updateDashboard: { ...dashboard, version: 4 } } },
    };
    const { user } = renderWithProviders(
      <AddToDashboardDialog
        report={{ name: 'Needs by category', spec: NEEDS_SPEC, chart: 'BAR', savedReportId: 'report-1' }}
        onClose={jest.fn()}
      />,
      {
        route: '/reports/saved/report-1',
        path: '/reports/saved/:id',
        mocks: [...lookupMocks, dashboards, dashboardQuery(dashboard), update] as never,
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add to a dashboard' });
    const select = within(dialog).getByRole('combobox', { name: 'Dashboard' });
    expect(await within(dialog).findByDisplayValue('Team month')).toBe(select);
    await user.click(select);
    const listbox = await waitFor(() => document.getElementById(select.getAttribute('aria-controls')!)!);
    const options = await within(listbox).findAllByRole('option', { hidden: true });
    // Another's dashboard is not offered to an editor: only the owner or an admin may change it.
    expect(options.map((o) => o.textContent)).toEqual(['Team month', 'A new dashboard…']);
    await user.click(options[0]!);
    // The same chart as the report's: nothing to save again.
    expect(within(dialog).queryByRole('textbox', { name: 'Report name' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to dashboard' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });

  it('says why the server refused the widget, and stays open', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: UpdateDashboard, variables: () => true },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { 'widgets[3].savedReportId': 'is not a saved report you may see' },
            },
          },
        ],
      } as never,
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <AddToDashboardDialog
        report={{ name: 'Needs by category', spec: NEEDS_SPEC, chart: 'BAR', savedReportId: 'report-1' }}
        onClose={onClose}
      />,
      { mocks: [...lookupMocks, dashboards, dashboardQuery(dashboard), refused] as never },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add to a dashboard' });
    await within(dialog).findByDisplayValue('Team month');
    await user.click(within(dialog).getByRole('button', { name: 'Add to dashboard' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/not a saved report you may see/);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('saves a report being built with the chart chosen, on a new dashboard shared as it is', async () => {
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateSavedReport,
        variables: {
          input: { name: 'Open needs', spec: NEEDS_SPEC, chart: 'NUMBER', visibility: 'EVERYONE', teamId: null },
        },
      },
      result: {
        data: {
          createSavedReport: { __typename: 'SavedReport', id: 'report-9', name: 'Open needs', visibility: 'EVERYONE' },
        },
      },
    };
    const createBoard: MockLink.MockedResponse = {
      request: {
        query: CreateDashboard,
        variables: {
          input: {
            name: 'Board',
            visibility: 'EVERYONE',
            teamId: null,
            widgets: [{ kind: 'SAVED_REPORT', savedReportId: 'report-9', x: 0, y: 0, w: 3, h: 2 }],
          },
        },
      },
      result: { data: { createDashboard: { ...dashboard, id: 'dash-9', name: 'Board' } } },
    };
    const empty: MockLink.MockedResponse = {
      request: { query: DashboardsQuery },
      result: { data: { dashboards: { __typename: 'DashboardConnection', nodes: [] } } },
    };
    const { user } = renderWithProviders(
      <AddToDashboardDialog report={{ name: 'New report', spec: NEEDS_SPEC, chart: 'BAR' }} onClose={jest.fn()} />,
      { route: '/reports/new', path: '/reports/new', mocks: [...lookupMocks, empty, create, createBoard] as never },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add to a dashboard' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of the new dashboard' }), 'Board');
    await user.click(within(dialog).getByText('Everyone'));
    await pick(user, 'Chart', 'Number with comparison', dialog);
    const name = within(dialog).getByRole('textbox', { name: 'Report name' });
    await user.clear(name);
    await user.type(name, 'Open needs');
    await user.click(within(dialog).getByRole('button', { name: 'Add to dashboard' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });
});

describe('SavedDashboardPage', () => {
  const readable = {
    ...dashboard,
    widgets: [{ ...dashboard.widgets[0]!, savedReport: null, visible: false }, dashboard.widgets[2]!],
  };

  it('offers a viewer no editing, even asked for it in the link, and says what a hidden widget is', async () => {
    renderWithProviders(<SavedDashboardPage />, {
      route: '/dashboards/dash-1?edit=1',
      path: '/dashboards/:id',
      mocks: [...lookupMocks, builtInsMock, dashboardQuery(readable)] as never,
      session: { ...EDITOR_SESSION, user: { ...EDITOR_SESSION.user, id: 'viewer-1', role: 'VIEWER' }, canEdit: false },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Team month' })).toBeInTheDocument();
    expect(await screen.findByText('Read **me**')).toBeInTheDocument();
    expect(screen.getByText(/It shows nothing/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit dashboard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit the dashboard' })).not.toBeInTheDocument();
  });

  it('exports it as PDF, PNG and SVG under the filters of the page, from the keyboard too', async () => {
    const { user } = renderWithProviders(<SavedDashboardPage />, {
      // The dashboard keeps "This month"; the reader cleared it and chose a team and a country.
      route: '/dashboards/dash-1?period=none&team=team-1&country=NL',
      path: '/dashboards/:id',
      mocks: [...lookupMocks, builtInsMock, dashboardQuery(readable)] as never,
      session: { ...EDITOR_SESSION, user: { ...EDITOR_SESSION.user, id: 'viewer-1', role: 'VIEWER' }, canEdit: false },
    });
    const menu = await screen.findByRole('button', { name: 'Export' });
    menu.focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['PDF', 'PNG', 'SVG']);
    const zone = encodeURIComponent(browserTimeZone());
    expect(items.map((item) => item.getAttribute('href'))).toEqual(
      ['pdf', 'png', 'svg'].map(
        (format) => `/dashboards/dash-1/export.${format}?period=&team=team-1&country=NL&tag=&timeZone=${zone}`,
      ),
    );
    expect(items.every((item) => item.hasAttribute('download'))).toBe(true);
  });

  it('exports it under its own filters when the page has changed none', async () => {
    const { user } = renderWithProviders(<SavedDashboardPage />, {
      route: '/dashboards/dash-1',
      path: '/dashboards/:id',
      mocks: [...lookupMocks, builtInsMock, dashboardQuery(readable)] as never,
    });
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const pdf = await screen.findByRole('menuitem', { name: 'PDF' });
    expect(new URL(pdf.getAttribute('href')!, 'http://x').searchParams.get('period')).toBe('THIS_MONTH');
  });

  it('opens the editor for its owner', async () => {
    const { user } = renderWithProviders(<SavedDashboardPage />, {
      route: '/dashboards/dash-1',
      path: '/dashboards/:id',
      mocks: [...lookupMocks, builtInsMock, dashboardQuery(readable)] as never,
    });
    await user.click(await screen.findByRole('button', { name: 'Edit dashboard' }));
    expect(await screen.findByRole('form', { name: 'Edit the dashboard' })).toBeInTheDocument();
  });
});
