import { screen, waitFor, within } from '@testing-library/react';
import type { ReportSpecInput } from '../../../generated/graphql';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { filteredSpec } from '../dashboardFilters';
import { DashboardPage, WIDGETS } from '../pages/DashboardPage';
import { BuiltInReportsQuery, DashboardTeamsQuery, ReportQuery } from '../reportOperations';
import { browserTimeZone } from '../timeZone';

const RECORDED: ReportSpecInput = {
  kind: 'ACTIVITY',
  groupBy: [],
  period: { field: 'createdAt', from: '2026-05-01', to: '2026-06-01', compareWithPrevious: true },
};
const NEEDS: ReportSpecInput = {
  kind: 'NEED',
  needFilter: { open: true },
  groupBy: [{ field: 'category' }, { field: 'status' }],
  pivot: 1,
};

const builtIns = {
  request: { query: BuiltInReportsQuery },
  result: {
    data: {
      builtInReports: [
        ['activities-recorded', 'Activities recorded', 'number', RECORDED],
        ['needs-category-status', 'Open needs by category and status', 'stacked', NEEDS],
      ].map(([id, title, chart, spec]) => ({ __typename: 'BuiltInReport', id, title, description: '', chart, spec })),
    },
  },
};
const teams = {
  request: { query: DashboardTeamsQuery },
  result: {
    data: { teams: { __typename: 'TeamConnection', nodes: [{ __typename: 'Team', id: 'team-1', name: 'NGI-NL' }] } },
  },
};
const tags = {
  request: { query: TagOptionsQuery },
  result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
};

const row = (values: number[], previous: number[] | null, filter: object) => ({
  __typename: 'ReportRow',
  keys: [],
  labels: [],
  values,
  previous,
  filter,
  previousFilter: previous ? { ...filter, previous: true } : null,
});

/** The report the server gives for a widget's spec under the filters, as the page must send it. */
function report(spec: ReportSpecInput, team: string, result: object) {
  const filtered = filteredSpec(spec, { period: 'month', team, country: '', tag: '' }).spec;
  return {
    request: { query: ReportQuery, variables: { spec: { ...filtered, timeZone: browserTimeZone() } } },
    result: {
      data: {
        report: {
          __typename: 'Report',
          kind: spec.kind,
          truncated: false,
          measures: [{ __typename: 'ReportMeasure', label: 'Count' }],
          pivot: null,
          ...result,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const recorded = (team: string, value: number, previous: number) =>
  report(RECORDED, team, {
    list: 'activities',
    dimensions: [],
    rows: [row([value], [previous], team ? { teamIds: [team] } : {})],
  });

const needs = (team: string) =>
  report(NEEDS, team, {
    list: 'needs',
    dimensions: [
      { __typename: 'ReportDimension', field: 'category', label: 'Category', type: 'enum', bucket: null },
      { __typename: 'ReportDimension', field: 'status', label: 'Status', type: 'enum', bucket: null },
    ],
    rows: [
      {
        ...row([team ? 1 : 6], null, { open: true }),
        keys: ['TRAINING', 'IDENTIFIED'],
        labels: ['Training', 'Identified'],
      },
    ],
    pivot: {
      __typename: 'ReportPivot',
      dimension: 1,
      columnKeys: ['IDENTIFIED'],
      columnLabels: ['Identified'],
      rows: [
        {
          __typename: 'ReportPivotRow',
          keys: ['TRAINING'],
          labels: ['Training'],
          cells: [{ __typename: 'ReportRow', values: [team ? 1 : 6], filter: { open: true } }],
        },
      ],
    },
  });

describe('DashboardPage', () => {
  it('has eight widgets for each role', () => {
    for (const widgets of Object.values(WIDGETS)) {
      expect(widgets).toHaveLength(8);
      expect(new Set(widgets.map((w) => w.id)).size).toBe(8);
    }
  });

  it('shows numbers and pivot tables, in the browser’s time zone, and narrows every widget to a team', async () => {
    const { user } = renderWithProviders(<DashboardPage />, {
      mocks: [
        builtIns,
        teams,
        tags,
        recorded('', 42, 30),
        needs(''),
        recorded('team-1', 7, 7),
        needs('team-1'),
      ] as never,
      session: EDITOR_SESSION,
    });
    const number = await screen.findByRole('group', { name: 'Activities recorded' });
    await within(number).findByText('Up 40 % from 30 in the previous period');
    const pivot = await screen.findByRole('table', { name: 'Pivot table' });
    expect(within(pivot).getByRole('link').textContent).toBe('6');

    const select = screen.getByRole('combobox', { name: 'Team' });
    await user.click(select);
    const listbox = await waitFor(() => document.getElementById(select.getAttribute('aria-controls')!)!);
    await user.click(await within(listbox).findByRole('option', { name: 'NGI-NL', hidden: true }));
    await screen.findByText('No change from 7 in the previous period');
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Pivot table' })).getByRole('link').textContent).toBe('1'),
    );
  });
});
