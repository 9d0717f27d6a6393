import type { DashboardFiltersInput, DashboardPeriod, ReportKind, ReportSpecInput } from '../../generated/graphql';

/** The dashboard's filters: a period (each report's own when empty), and optionally one team, one country, one tag. */
export interface DashboardFilters {
  period: string;
  team: string;
  country: string;
  tag: string;
}

export const PERIODS = [
  { value: 'month', label: 'This month' },
  { value: 'quarter', label: 'This quarter' },
  { value: 'year', label: 'Last 12 months' },
];

const FILTER_OF_KIND = {
  ORGANIZATION: 'organizationFilter',
  CONTACT: 'contactFilter',
  PROJECT: 'projectFilter',
  ACTIVITY: 'activityFilter',
  DOCUMENT: 'documentFilter',
  NEED: 'needFilter',
  PROJECT_TASK: 'projectTaskFilter',
  OPPORTUNITY: 'opportunityFilter',
  STAGE_ENTRY: 'opportunityFilter',
} as const satisfies Record<ReportKind, keyof ReportSpecInput>;

/** Where each kind's list filter takes a country: the record's own, or that of its organization. */
const COUNTRY_OF_KIND: Partial<Record<ReportKind, string>> = {
  ORGANIZATION: 'countries',
  CONTACT: 'countries',
  NEED: 'countries',
  ACTIVITY: 'concerningCountries',
  OPPORTUNITY: 'countries',
  STAGE_ENTRY: 'countries',
};

/** The periods a saved dashboard keeps, by the server's names. */
export const DASHBOARD_PERIODS: { value: DashboardPeriod; label: string }[] = [
  { value: 'THIS_WEEK', label: 'This week' },
  { value: 'THIS_MONTH', label: 'This month' },
  { value: 'LAST_MONTH', label: 'Last month' },
  { value: 'THIS_QUARTER', label: 'This quarter' },
  { value: 'LAST_QUARTER', label: 'Last quarter' },
  { value: 'THIS_YEAR', label: 'This year' },
  { value: 'LAST_12_MONTHS', label: 'Last 12 months' },
];

/** The home page's short names of the periods. */
const ALIASES: Record<string, DashboardPeriod> = {
  month: 'THIS_MONTH',
  quarter: 'THIS_QUARTER',
  year: 'LAST_12_MONTHS',
};

/** The period's [from, to) in the browser's time zone (`month`, or a saved dashboard's `LAST_QUARTER`). */
export function periodOf(period: string, now = new Date()): { from: string; to: string } {
  const year = now.getFullYear();
  const month = now.getMonth();
  const quarter = month - (month % 3);
  const at = (start: number, end: number) => ({
    from: new Date(year, start, 1).toISOString(),
    to: new Date(year, end, 1).toISOString(),
  });
  switch (ALIASES[period] ?? period) {
    case 'THIS_WEEK': {
      const monday = now.getDate() - ((now.getDay() + 6) % 7);
      return {
        from: new Date(year, month, monday).toISOString(),
        to: new Date(year, month, monday + 7).toISOString(),
      };
    }
    case 'THIS_MONTH':
      return at(month, month + 1);
    case 'LAST_MONTH':
      return at(month - 1, month);
    case 'THIS_QUARTER':
      return at(quarter, quarter + 3);
    case 'LAST_QUARTER':
      return at(quarter - 3, quarter);
    case 'THIS_YEAR':
      return at(0, 12);
    default:
      return at(month - 11, month + 1);
  }
}

/**
 * A widget's spec under the dashboard's filters, written into the spec's list filter so that its
 * drill-downs list the same records: reports over time take the period (others stay whole), and
 * every report takes the team, the tag and, where its kind has one, the country. `ignored`
 * names the filters its kind cannot take.
 */
export function filteredSpec(
  spec: ReportSpecInput,
  filters: DashboardFilters,
  now = new Date(),
): { spec: ReportSpecInput; ignored: string[] } {
  const key = FILTER_OF_KIND[spec.kind];
  const filter: Record<string, unknown> = { ...(spec[key] as Record<string, unknown> | null | undefined) };
  const ignored: string[] = [];
  if (filters.team) filter.teamIds = [filters.team];
  // A record counts in each group of a linked value (each tag, each organization's country):
  // the server refuses to narrow by what such a grouping spreads, so the widget keeps it whole.
  const grouped = (spec.groupBy ?? []).map((d) => d.field);
  if (filters.tag) {
    if (grouped.includes('tag')) ignored.push('tag');
    else filter.tagIds = [filters.tag];
  }
  if (filters.country) {
    const countryKey = COUNTRY_OF_KIND[spec.kind];
    if (countryKey && !grouped.some((field) => field.includes('.') && field.endsWith('country')))
      filter[countryKey] = [filters.country];
    else ignored.push('country');
  }
  const period = spec.period && filters.period ? { ...spec.period, ...periodOf(filters.period, now) } : spec.period;
  const narrowed = Object.keys(filter).length ? { [key]: filter } : {};
  return { spec: { ...spec, ...narrowed, ...(period ? { period } : {}) }, ignored };
}

/** A saved dashboard's filters as the filter bar shows them: one of each, the first kept. */
export function filtersOfDashboard(stored: {
  period?: DashboardPeriod | null;
  teamIds: readonly string[];
  countries: readonly string[];
  tagIds: readonly string[];
}): DashboardFilters {
  return {
    period: stored.period ?? '',
    team: stored.teamIds[0] ?? '',
    country: stored.countries[0] ?? '',
    tag: stored.tagIds[0] ?? '',
  };
}

/** The filter bar's filters as a dashboard keeps them. */
export function dashboardFiltersInput(filters: DashboardFilters): DashboardFiltersInput {
  return {
    period: (filters.period || null) as DashboardPeriod | null,
    teamIds: filters.team ? [filters.team] : [],
    countries: filters.country ? [filters.country] : [],
    tagIds: filters.tag ? [filters.tag] : [],
  };
}
