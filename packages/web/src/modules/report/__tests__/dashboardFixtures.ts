import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { DashboardFieldsFragment, ReportSpecInput } from '../../../generated/graphql';
import type { BuiltInReport, DashboardWidgetData } from '../components/DashboardWidgetCard';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { SharingTeams } from '../../savedView/components/SharingFields';
import { BuiltInReportsQuery, DashboardTeamsQuery, SavedReportsQuery } from '../reportOperations';

export const NEEDS_SPEC: ReportSpecInput = {
  kind: 'NEED',
  groupBy: [{ field: 'category' }],
  measures: [{ function: 'COUNT' }],
};

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

export const builtInsMock = {
  request: { query: BuiltInReportsQuery },
  result: {
    data: {
      builtInReports: [
        ['activities-recorded', 'Activities recorded', 'number'],
        ['needs-country', 'Open needs by country', 'bar'],
      ].map(([id, title, chart]) => ({
        __typename: 'BuiltInReport',
        id,
        title,
        description: '',
        chart,
        spec: NEEDS_SPEC as unknown as Record<string, unknown>,
      })) as BuiltInReport[],
    },
  },
  ...always,
};

export const builtIns = builtInsMock.result.data.builtInReports;

export const lookupMocks = [
  {
    request: { query: SharingTeams },
    result: {
      data: { me: { __typename: 'User', id: 'user-1', teams: [{ __typename: 'Team', id: 'team-1', name: 'NGI-DE' }] } },
    },
    ...always,
  },
  {
    request: { query: DashboardTeamsQuery },
    result: {
      data: { teams: { __typename: 'TeamConnection', nodes: [{ __typename: 'Team', id: 'team-1', name: 'NGI-DE' }] } },
    },
    ...always,
  },
  {
    request: { query: TagOptionsQuery },
    result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
    ...always,
  },
  {
    request: { query: SavedReportsQuery },
    result: {
      data: {
        savedReports: {
          __typename: 'SavedReportConnection',
          nodes: [{ __typename: 'SavedReport', id: 'report-1', name: 'Needs by category', visibility: 'TEAM' }],
        },
      },
    },
    ...always,
  },
];

const widget = (
  fields: Pick<DashboardWidgetData, 'kind' | 'x' | 'y' | 'w' | 'h'> & Partial<DashboardWidgetData>,
): DashboardWidgetData => ({
  __typename: 'DashboardWidget',
  savedReportId: null,
  builtInReportId: null,
  markdown: null,
  title: null,
  visible: true,
  savedReport: null,
  ...fields,
});

/** A team dashboard of user-1: a saved report and a built-in one side by side, a text below. */
export const dashboard: DashboardFieldsFragment = {
  __typename: 'Dashboard' as const,
  id: 'dash-1',
  version: 3,
  name: 'Team month',
  description: null,
  visibility: 'TEAM' as const,
  team: { __typename: 'Team' as const, id: 'team-1' },
  owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
  filters: {
    __typename: 'DashboardFilters' as const,
    period: 'THIS_MONTH' as const,
    teamIds: [],
    countries: [],
    tagIds: [],
  },
  widgets: [
    widget({
      kind: 'SAVED_REPORT',
      savedReportId: 'report-1',
      savedReport: {
        __typename: 'SavedReport',
        id: 'report-1',
        name: 'Needs by category',
        chart: 'BAR',
        spec: NEEDS_SPEC,
      },
      x: 0,
      y: 0,
      w: 6,
      h: 4,
    }),
    widget({ kind: 'BUILT_IN_REPORT', builtInReportId: 'needs-country', x: 6, y: 0, w: 6, h: 4 }),
    widget({ kind: 'MARKDOWN', markdown: 'Read **me**', title: 'Notes', x: 0, y: 4, w: 12, h: 2 }),
  ],
};

/** Chooses an option of a Mantine Select by the select's accessible name. */
export async function pick(user: UserEvent, name: string, option: string, within_: HTMLElement = document.body) {
  const select = within(within_).getByRole('combobox', { name });
  await user.click(select);
  const listbox = await waitFor(() => document.getElementById(select.getAttribute('aria-controls')!)!);
  await user.click(await within(listbox).findByRole('option', { name: option, hidden: true }));
  return screen;
}
