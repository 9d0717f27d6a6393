import type { ReportChart } from '../../generated/graphql';
import { CHART_TYPES, type ChartType } from './reportOption';

/** The builder's charts by the name a saved report keeps them under. */
const SAVED_NAMES: Record<string, ReportChart> = {
  bar: 'BAR',
  stacked: 'STACKED_BAR',
  line: 'LINE',
  area: 'AREA',
  pie: 'PIE',
  donut: 'DONUT',
  heatmap: 'HEATMAP',
  funnel: 'FUNNEL',
  number: 'NUMBER',
  table: 'TABLE',
  pivot: 'PIVOT',
};
/** What the view draws for a saved chart it does not know itself. */
const NEAREST: Partial<Record<ReportChart, string>> = { AREA: 'line', DONUT: 'pie', STACKED_BAR: 'stacked' };

/** The chart a saved report keeps, from the builder's. */
export const savedChartOf = (chart: ChartType): ReportChart => SAVED_NAMES[chart] ?? 'TABLE';

/** The chart the report view draws for a saved report: its own, the nearest it knows, else its table. */
export function chartOfSaved(chart: ReportChart): ChartType {
  const known = new Set<string>(CHART_TYPES);
  const own = Object.keys(SAVED_NAMES).find((name) => SAVED_NAMES[name] === chart && known.has(name));
  const nearest = NEAREST[chart];
  return (own ?? (nearest && known.has(nearest) ? nearest : 'table')) as ChartType;
}
