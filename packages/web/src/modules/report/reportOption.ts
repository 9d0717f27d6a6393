import type { ChartOption } from '../../ui/chart/chartTypes';

/** The charts a report is drawn as. */
const DRAWN = ['bar', 'stacked', 'line', 'area', 'pie', 'funnel', 'heatmap'] as const;
export type DrawnChart = (typeof DRAWN)[number];

/** How a report is shown: a chart, one number with its comparison, its table or its pivot table. */
export const CHART_TYPES = [...DRAWN, 'number', 'table', 'pivot'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const isDrawn = (chart: ChartType): chart is DrawnChart => (DRAWN as readonly string[]).includes(chart);

export interface ReportData {
  dimensions: { label: string; type: string }[];
  measures: { label: string }[];
  rows: {
    keys: (string | null)[];
    labels: (string | null)[];
    values: (number | null)[];
    previous?: (number | null)[] | null;
  }[];
}

/** Where a clicked chart item comes from: the row of the report it draws. */
export interface ChartRows {
  option: ChartOption;
  /** For each series, for each data index: the report row, or null. */
  rowAt: (number | null)[][];
}

const labelOf = (value: string | null) => value ?? '(none)';

function distinct(values: (string | null)[]): (string | null)[] {
  return [...new Set(values)];
}

/** Lines, filled below for an area (stacked when the areas are series of a second dimension). */
function lineOrBar(chart: DrawnChart, stacked: boolean): Record<string, unknown> {
  if (chart === 'area') return { type: 'line', areaStyle: { opacity: 0.35 }, stack: stacked ? 'total' : undefined };
  if (chart === 'line') return { type: 'line' };
  return { type: 'bar', stack: stacked && chart === 'stacked' ? 'total' : undefined };
}

/**
 * The ECharts option drawing the first measure of a report: one dimension as categories (and
 * the previous period beside it when compared), two as series of categories or as a heatmap;
 * a pie or a funnel takes each row as a slice or a stage, in the order of the rows.
 */
export function reportOption(report: ReportData, chart: DrawnChart): ChartRows {
  const { rows } = report;
  const measure = report.measures[0]?.label ?? 'Count';
  const index = new Map(rows.map((row, i) => [row, i]));
  if (chart === 'funnel') {
    return {
      option: {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', bottom: 0 },
        series: [
          {
            type: 'funnel',
            name: measure,
            // Stages keep the order of the spec (a pipeline's order), not the size of each.
            sort: 'none',
            left: '10%',
            width: '80%',
            top: 8,
            bottom: 40,
            label: { position: 'inside' },
            data: rows.map((row) => ({ name: row.labels.map(labelOf).join(' · '), value: row.values[0] })),
          },
        ],
      },
      rowAt: [rows.map((_, i) => i)],
    };
  }
  if (chart === 'pie') {
    return {
      option: {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['35%', '65%'],
            data: rows.map((row) => ({ name: row.labels.map(labelOf).join(' · '), value: row.values[0] })),
          },
        ],
      },
      rowAt: [rows.map((_, i) => i)],
    };
  }
  const categories = distinct(rows.map((row) => row.keys[0] ?? null));
  const categoryLabels = categories.map((key) =>
    labelOf(rows.find((row) => (row.keys[0] ?? null) === key)!.labels[0] ?? key),
  );
  if (report.dimensions.length < 2) {
    const series: Record<string, unknown>[] = [
      { ...lineOrBar(chart, false), name: measure, data: rows.map((row) => row.values[0]) },
    ];
    const rowAt: (number | null)[][] = [rows.map((_, i) => i)];
    if (rows.some((row) => row.previous)) {
      series.push({
        ...lineOrBar(chart, false),
        name: `${measure}, previous period`,
        data: rows.map((row) => row.previous?.[0] ?? null),
      });
      rowAt.push(rows.map(() => null));
    }
    return {
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
        xAxis: { type: 'category', data: categoryLabels, axisLabel: { rotate: categories.length > 8 ? 40 : 0 } },
        yAxis: { type: 'value' },
        series,
      },
      rowAt,
    };
  }
  const seriesKeys = distinct(rows.map((row) => row.keys[1] ?? null));
  // Dates as series (months of each team) run in time order.
  if (report.dimensions[1].type === 'date') seriesKeys.sort((a, b) => String(a).localeCompare(String(b)));
  const cell = (category: string | null, key: string | null) =>
    rows.find((row) => (row.keys[0] ?? null) === category && (row.keys[1] ?? null) === key);
  const seriesLabel = (key: string | null) =>
    labelOf(rows.find((row) => (row.keys[1] ?? null) === key)!.labels[1] ?? key);
  if (chart === 'heatmap') {
    const data = rows.map((row) => [
      categories.indexOf(row.keys[0] ?? null),
      seriesKeys.indexOf(row.keys[1] ?? null),
      row.values[0],
    ]);
    const max = Math.max(1, ...rows.map((row) => row.values[0] ?? 0));
    return {
      option: {
        tooltip: { position: 'top' },
        grid: { left: 8, right: 8, bottom: 48, top: 8, containLabel: true },
        xAxis: { type: 'category', data: categoryLabels, axisLabel: { rotate: 40 } },
        yAxis: { type: 'category', data: seriesKeys.map(seriesLabel) },
        visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
        series: [{ type: 'heatmap', name: measure, data }],
      },
      rowAt: [rows.map((_, i) => i)],
    };
  }
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: categoryLabels, axisLabel: { rotate: categories.length > 8 ? 40 : 0 } },
      yAxis: { type: 'value' },
      series: seriesKeys.map((key) => ({
        ...lineOrBar(chart, true),
        name: seriesLabel(key),
        data: categories.map((category) => cell(category, key)?.values[0] ?? null),
      })),
    },
    rowAt: seriesKeys.map((key) =>
      categories.map((category) => {
        const row = cell(category, key);
        return row ? index.get(row)! : null;
      }),
    ),
  };
}
