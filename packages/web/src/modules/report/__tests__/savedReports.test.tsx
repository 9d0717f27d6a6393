import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { ReportChart, ReportSpecInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateSavedReport, SaveReportDialog } from '../components/SaveReportDialog';
import { SharingTeams } from '../../savedView/components/SharingFields';
import { ReportsPage } from '../pages/ReportsPage';
import { BuiltInReportsQuery, SavedReportsQuery } from '../reportOperations';
import { CHART_TYPES } from '../reportOption';
import { chartOfSaved, savedChartOf } from '../savedReportChart';

configure({ asyncUtilTimeout: 4000 });

const spec: ReportSpecInput = { kind: 'NEED', groupBy: [{ field: 'category' }], measures: [{ function: 'COUNT' }] };

const teams: MockLink.MockedResponse = {
  request: { query: SharingTeams },
  result: {
    data: { me: { __typename: 'User', id: 'user-1', teams: [{ __typename: 'Team', id: 'team-1', name: 'NGI-DE' }] } },
  },
};

describe('saved reports', () => {
  it('saves the report being built under a name, shared with the team, and opens it', async () => {
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateSavedReport,
        variables: {
          input: { name: 'Needs by category', spec, chart: 'STACKED_BAR', visibility: 'TEAM', teamId: 'team-1' },
        },
      },
      result: {
        data: {
          createSavedReport: {
            __typename: 'SavedReport',
            id: 'report-1',
            name: 'Needs by category',
            visibility: 'TEAM',
          },
        },
      },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <SaveReportDialog spec={spec} chart="stacked" title="New report" onClose={onClose} />,
      { route: '/reports/new', path: '/reports/new', mocks: [teams, create] },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Save this report' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('New report');
    await user.clear(name);
    await user.type(name, 'Needs by category');
    await user.click(within(dialog).getByText('My team'));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Team' })).toHaveValue('NGI-DE'));
    await user.click(within(dialog).getByRole('button', { name: 'Save report' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
  });

  it('lists the saved reports one may see on the reports page, each opening its own page', async () => {
    const builtIn: MockLink.MockedResponse = {
      request: { query: BuiltInReportsQuery },
      result: { data: { builtInReports: [] } },
    };
    const saved: MockLink.MockedResponse = {
      request: { query: SavedReportsQuery },
      result: {
        data: {
          savedReports: {
            __typename: 'SavedReportConnection',
            nodes: [
              { __typename: 'SavedReport', id: 'report-1', name: 'Needs by category', visibility: 'TEAM' },
              { __typename: 'SavedReport', id: 'report-2', name: 'My calls', visibility: 'PRIVATE' },
            ],
          },
        },
      },
    };
    renderWithProviders(<ReportsPage />, { route: '/reports', mocks: [builtIn, saved] });
    const nav = await screen.findByRole('navigation', { name: 'Saved reports' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/reports/saved/report-1',
      '/reports/saved/report-2',
    ]);
    expect(links[0]).toHaveTextContent('Needs by category');
    expect(links[1]).toHaveTextContent('Private');
  });

  it('keeps the builder’s chart, and draws each saved chart as one the view knows', () => {
    for (const chart of CHART_TYPES) expect([chart, chartOfSaved(savedChartOf(chart))]).toEqual([chart, chart]);
    expect(savedChartOf('stacked')).toBe('STACKED_BAR');
    const saved: ReportChart[] = [
      'BAR',
      'STACKED_BAR',
      'LINE',
      'AREA',
      'PIE',
      'DONUT',
      'HEATMAP',
      'FUNNEL',
      'NUMBER',
      'TABLE',
      'PIVOT',
    ];
    for (const chart of saved) expect(CHART_TYPES).toContain(chartOfSaved(chart));
  });
});
