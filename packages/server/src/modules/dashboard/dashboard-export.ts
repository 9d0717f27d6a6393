import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError } from '../../core/graphql/errors';
import { builtInReports, defaultPipelines } from '../report/built-in-reports';
import { coerceSpec } from '../report/report-export.routes';
import { FILTER_OF_KIND, type ReportSpecInput } from '../report/report.inputs';
import { runReport } from '../report/report.service';
import type { Report } from '../report/report.types';
import { DASHBOARD_PERIODS, type DashboardFilters, type DashboardPeriod } from './dashboard.entity';
import { dashboardQuery } from './dashboard.service';
import { savedReportQuery } from './saved-report.service';

/** The filters an export applies to every widget: the dashboard's, or the reader's as the page has them. */
export interface ExportFilters extends DashboardFilters {
  timeZone: string;
}

/** What one widget shows in an export. */
type WidgetContent =
  | { kind: 'report'; chart: string; report: Report; note: string }
  | { kind: 'markdown'; text: string }
  | { kind: 'message'; text: string };

export interface ExportWidget {
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
  content: WidgetContent;
}

export interface DashboardExport {
  name: string;
  description: string | null;
  /** The filters in words, for the page's header. */
  filters: string;
  widgets: ExportWidget[];
}

/** Where each kind's list filter takes a country: the record's own, or its organizations'. */
const COUNTRY_OF_KIND: Partial<Record<ReportSpecInput['kind'], string>> = {
  ORGANIZATION: 'countries',
  CONTACT: 'countries',
  NEED: 'countries',
  ACTIVITY: 'concerningCountries',
};

/** The date and time of `at` on the wall clocks of `timeZone`. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: part('year'),
    month: part('month') - 1,
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The instant midnight starts the given day (month may overflow) in `timeZone`. */
function midnight(year: number, month: number, day: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month, day);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const c = wallClock(new Date(guess), timeZone);
    const seen = Date.UTC(c.year, c.month, c.day, c.hour, c.minute, c.second);
    if (seen === wanted) break;
    guess += wanted - seen;
  }
  return new Date(guess);
}

/** A dashboard period's [from, to) in the reader's time zone. */
export function periodRange(period: DashboardPeriod, timeZone: string, now = new Date()): { from: string; to: string } {
  const { year, month, day } = wallClock(now, timeZone);
  const quarter = month - (month % 3);
  const weekday = (new Date(Date.UTC(year, month, day)).getUTCDay() + 6) % 7;
  const days: Record<DashboardPeriod, [number, number, number, number, number, number]> = {
    this_week: [year, month, day - weekday, year, month, day - weekday + 7],
    this_month: [year, month, 1, year, month + 1, 1],
    last_month: [year, month - 1, 1, year, month, 1],
    this_quarter: [year, quarter, 1, year, quarter + 3, 1],
    last_quarter: [year, quarter - 3, 1, year, quarter, 1],
    this_year: [year, 0, 1, year + 1, 0, 1],
    last_12_months: [year, month - 11, 1, year, month + 1, 1],
  };
  const [fy, fm, fd, ty, tm, td] = days[period];
  return { from: midnight(fy, fm, fd, timeZone).toISOString(), to: midnight(ty, tm, td, timeZone).toISOString() };
}

/**
 * A widget's spec under the filters, written into its list filter as the dashboard page does:
 * reports over time take the period, every report the teams and tags, and the countries where
 * its kind has one and its grouping does not spread records over linked countries (nor tags).
 */
function filteredSpec(
  raw: Record<string, unknown>,
  filters: ExportFilters,
  now: Date,
): { spec: Record<string, unknown>; ignored: string[] } {
  const kind = raw.kind as ReportSpecInput['kind'];
  const key = FILTER_OF_KIND[kind] as string;
  const filter: Record<string, unknown> = { ...(raw[key] as Record<string, unknown> | undefined) };
  const ignored: string[] = [];
  const grouped = ((raw.groupBy as { field: string }[] | undefined) ?? []).map((d) => d.field);
  if (filters.teamIds.length) filter.teamIds = filters.teamIds;
  if (filters.tagIds.length) {
    if (grouped.includes('tag')) ignored.push('tag');
    else filter.tagIds = filters.tagIds;
  }
  if (filters.countries.length) {
    const countryKey = COUNTRY_OF_KIND[kind];
    if (countryKey && !grouped.some((field) => field.includes('.') && field.endsWith('country')))
      filter[countryKey] = filters.countries;
    else ignored.push('country');
  }
  const spec: Record<string, unknown> = { ...raw, timeZone: filters.timeZone };
  if (Object.keys(filter).length) spec[key] = filter;
  if (raw.period && filters.period) {
    spec.period = { ...(raw.period as object), ...periodRange(filters.period, filters.timeZone, now) };
  }
  return { spec, ignored };
}

const PERIOD_WORDS: Record<DashboardPeriod, string> = {
  this_week: 'This week',
  this_month: 'This month',
  last_month: 'Last month',
  this_quarter: 'This quarter',
  last_quarter: 'Last quarter',
  this_year: 'This year',
  last_12_months: 'Last 12 months',
};

/** Reads a period as the API names it or as the dashboard page's `?period=` does. */
export function parsePeriod(value: string): DashboardPeriod {
  const page: Record<string, DashboardPeriod> = {
    month: 'this_month',
    quarter: 'this_quarter',
    year: 'last_12_months',
  };
  const period = page[value] ?? (value.toLowerCase() as DashboardPeriod);
  if (!DASHBOARD_PERIODS.includes(period)) {
    throw BadUserInputError.field('period', `must be one of ${DASHBOARD_PERIODS.join(', ')}`);
  }
  return period;
}

/** A saved report's chart (BAR …) or a built-in one's (bar …), by the web app's names. */
const chartName = (chart: string) => (chart.toLowerCase() === 'stacked_bar' ? 'stacked' : chart.toLowerCase());

/**
 * A dashboard as the viewer may see it, every widget's report run under the filters with the
 * viewer's visibility; null when the viewer may not see the dashboard (or it is in the trash).
 */
export async function dashboardForExport(
  dataSource: DataSource,
  schema: GraphQLSchema,
  viewer: Viewer,
  id: string,
  given: Partial<ExportFilters>,
  now = new Date(),
): Promise<DashboardExport | null> {
  const dashboard = await dashboardQuery(dataSource, viewer).andWhere('d.id = :id', { id }).getOne();
  if (!dashboard) return null;
  const filters: ExportFilters = { ...dashboard.filters, timeZone: 'UTC', ...given };
  const savedIds = dashboard.widgets.map((w) => w.savedReportId).filter((v): v is string => Boolean(v));
  const saved = savedIds.length
    ? await savedReportQuery(dataSource, viewer).andWhere('s.id IN (:...savedIds)', { savedIds }).getMany()
    : [];
  const savedById = new Map(saved.map((report) => [report.id, report]));
  const builtIn = new Map(builtInReports(now, await defaultPipelines(dataSource)).map((report) => [report.id, report]));
  const widgets = await Promise.all(
    dashboard.widgets.map(async (widget): Promise<ExportWidget> => {
      const place = { x: widget.x, y: widget.y, w: widget.w, h: widget.h };
      if (widget.kind === 'markdown') {
        return { ...place, title: widget.title ?? '', content: { kind: 'markdown', text: widget.markdown ?? '' } };
      }
      const source =
        widget.kind === 'saved_report'
          ? savedById.get(widget.savedReportId!)
          : (() => {
              const report = builtIn.get(widget.builtInReportId!);
              return report && { name: report.title, chart: report.chart, spec: report.spec };
            })();
      if (!source) {
        return {
          ...place,
          title: widget.title ?? 'Report',
          content: { kind: 'message', text: 'A report you may not see, or no longer there.' },
        };
      }
      const title = widget.title ?? source.name;
      const { spec, ignored } = filteredSpec(source.spec, filters, now);
      try {
        const report = await runReport(dataSource, schema, viewer, coerceSpec(spec, schema));
        const period = spec.period ? (filters.period ? PERIOD_WORDS[filters.period] : 'Its own period') : 'All time';
        const note = ignored.length ? `${period} · not by ${ignored.join(', ')}` : period;
        return { ...place, title, content: { kind: 'report', chart: chartName(source.chart), report, note } };
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code !== 'BAD_USER_INPUT') throw error;
        return { ...place, title, content: { kind: 'message', text: (error as Error).message } };
      }
    }),
  );
  return { name: dashboard.name, description: dashboard.description, filters: describe(filters), widgets };
}

function describe(filters: ExportFilters): string {
  const words = [filters.period ? PERIOD_WORDS[filters.period] : 'Each report’s own period'];
  if (filters.teamIds.length) words.push(`${filters.teamIds.length} team(s)`);
  if (filters.countries.length) words.push(filters.countries.join(', '));
  if (filters.tagIds.length) words.push(`${filters.tagIds.length} tag(s)`);
  return `${words.join(' · ')} · time zone ${filters.timeZone}`;
}
