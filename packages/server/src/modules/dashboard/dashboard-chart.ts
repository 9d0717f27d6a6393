// The whole bundle: its CommonJS build loads in Node and in the tests alike (`echarts/core` is ESM only).
import * as echarts from 'echarts';
import type { Report } from '../report/report.types';

/** The charts drawn (the web app's names); a saved report's chart maps to one of them or to text. */
export const DRAWN_CHARTS = ['bar', 'stacked', 'line', 'area', 'pie', 'donut', 'funnel', 'heatmap'] as const;
export type DrawnChart = (typeof DRAWN_CHARTS)[number];

/** The series colours of the web app's light scheme (`chartTheme.ts`): the export is printed on white. */
const PALETTE = ['#1c7ed6', '#e8590c', '#2f9e44', '#c2255c', '#7048e8', '#0c8599', '#5c940d', '#e03131', '#495057'];

/** A family every Linux machine with fonts has, then whatever sans-serif is there. */
export const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';

const labelOf = (value: string | null) => value ?? '(none)';
const distinct = <T>(values: T[]) => [...new Set(values)];

function lineOrBar(chart: DrawnChart, stacked: boolean): Record<string, unknown> {
  if (chart === 'area') return { type: 'line', areaStyle: { opacity: 0.35 }, stack: stacked ? 'total' : undefined };
  if (chart === 'line') return { type: 'line' };
  return { type: 'bar', stack: stacked && chart === 'stacked' ? 'total' : undefined };
}

/**
 * The ECharts option of a report's first measure, as the web app draws it: one dimension as
 * categories (the previous period beside it when compared), two as series or a heatmap; a pie
 * or funnel takes each row as a slice or a stage.
 */
function chartOption(report: Report, chart: DrawnChart): Record<string, unknown> {
  const { rows } = report;
  const measure = report.measures[0]?.label ?? 'Count';
  const base = { animation: false, color: PALETTE, textStyle: { fontFamily: FONT } };
  const slices = rows.map((row) => ({ name: row.labels.map(labelOf).join(' · '), value: row.values[0] }));
  if (chart === 'pie' || chart === 'donut' || chart === 'funnel') {
    const series =
      chart === 'funnel'
        ? { type: 'funnel', sort: 'none', left: '10%', width: '80%', top: 8, bottom: 40, label: { position: 'inside' } }
        : { type: 'pie', radius: chart === 'donut' ? ['35%', '65%'] : [0, '65%'] };
    return { ...base, legend: { type: 'plain', bottom: 0 }, series: [{ ...series, name: measure, data: slices }] };
  }
  const categories = distinct(rows.map((row) => row.keys[0] ?? null));
  const categoryLabel = (key: string | null) =>
    labelOf(rows.find((row) => (row.keys[0] ?? null) === key)?.labels[0] ?? key);
  const xAxis = {
    type: 'category',
    data: categories.map(categoryLabel),
    axisLabel: { rotate: categories.length > 8 ? 40 : 0 },
  };
  const grid = { left: 8, right: 8, bottom: 8, top: 32, containLabel: true };
  if (report.dimensions.length < 2) {
    const series: Record<string, unknown>[] = [
      { ...lineOrBar(chart, false), name: measure, data: rows.map((row) => row.values[0]) },
    ];
    if (rows.some((row) => row.previous)) {
      series.push({
        ...lineOrBar(chart, false),
        name: `${measure}, previous period`,
        data: rows.map((row) => row.previous?.[0] ?? null),
      });
    }
    return { ...base, legend: { top: 0 }, grid, xAxis, yAxis: { type: 'value' }, series };
  }
  const seriesKeys = distinct(rows.map((row) => row.keys[1] ?? null));
  if (report.dimensions[1].type === 'date') seriesKeys.sort((a, b) => String(a).localeCompare(String(b)));
  const seriesLabel = (key: string | null) =>
    labelOf(rows.find((row) => (row.keys[1] ?? null) === key)?.labels[1] ?? key);
  if (chart === 'heatmap') {
    const data = rows.map((row) => [
      categories.indexOf(row.keys[0] ?? null),
      seriesKeys.indexOf(row.keys[1] ?? null),
      row.values[0],
    ]);
    const max = Math.max(1, ...rows.map((row) => row.values[0] ?? 0));
    return {
      ...base,
      grid: { ...grid, top: 8, bottom: 48 },
      xAxis: { ...xAxis, axisLabel: { rotate: 40 } },
      yAxis: { type: 'category', data: seriesKeys.map(seriesLabel) },
      visualMap: {
        min: 0,
        max,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#d0ebff', PALETTE[0]] },
      },
      series: [{ type: 'heatmap', name: measure, data }],
    };
  }
  const cell = (category: string | null, key: string | null) =>
    rows.find((row) => (row.keys[0] ?? null) === category && (row.keys[1] ?? null) === key);
  return {
    ...base,
    legend: { type: 'plain', top: 0 },
    grid: { ...grid, top: 48 },
    xAxis,
    yAxis: { type: 'value' },
    series: seriesKeys.map((key) => ({
      ...lineOrBar(chart, true),
      name: seriesLabel(key),
      data: categories.map((category) => cell(category, key)?.values[0] ?? null),
    })),
  };
}

/** The chart as an SVG document of the given size, drawn in Node by ECharts' SVG renderer. */
export function chartSvg(report: Report, chart: DrawnChart, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption(chartOption(report, chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
