import type { ReportKind, ReportSpecInput } from '../../generated/graphql';

/** The dashboard's filters: a period, and optionally one team, one country, one tag. */
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
} as const satisfies Record<ReportKind, keyof ReportSpecInput>;

/** Where each kind's list filter takes a country: the record's own, or that of its organization. */
const COUNTRY_OF_KIND: Partial<Record<ReportKind, string>> = {
  ORGANIZATION: 'countries',
  CONTACT: 'countries',
  NEED: 'countries',
  ACTIVITY: 'concerningCountries',
};

/** The period's [from, to) in the browser's time zone, ending with the current month. */
export function periodOf(period: string, now = new Date()): { from: string; to: string } {
  const year = now.getFullYear();
  const month = now.getMonth();
  const quarter = month - (month % 3);
  const [start, end] =
    period === 'month' ? [month, month + 1] : period === 'quarter' ? [quarter, quarter + 3] : [month - 11, month + 1];
  return { from: new Date(year, start, 1).toISOString(), to: new Date(year, end, 1).toISOString() };
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
  const period = spec.period ? { ...spec.period, ...periodOf(filters.period, now) } : spec.period;
  const narrowed = Object.keys(filter).length ? { [key]: filter } : {};
  return { spec: { ...spec, ...narrowed, ...(period ? { period } : {}) }, ignored };
}
