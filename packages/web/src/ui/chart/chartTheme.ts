import type { ChartOption } from './chartTypes';

/**
 * The colours of the series, in order: each stands out at least 3:1 from the page's background
 * (WCAG's contrast for graphics), and neighbours differ in hue, so that bars, lines, areas and
 * slices are told apart in either scheme.
 */
export const SERIES_PALETTE = {
  light: ['#1c7ed6', '#e8590c', '#2f9e44', '#c2255c', '#7048e8', '#0c8599', '#5c940d', '#e03131', '#495057'],
  dark: ['#4dabf7', '#ffa94d', '#69db7c', '#f783ac', '#9775fa', '#3bc9db', '#a9e34b', '#ff8787', '#adb5bd'],
} as const;

/** The backgrounds charts are drawn on: the page and cards of each scheme, and the PNG export. */
export const CHART_BACKGROUNDS = {
  light: ['#ffffff', '#f8f9fa'],
  dark: ['#242424', '#2e2e2e', '#1a1b1e'],
} as const;

/** Text, lines and series readable on the page's background, light or dark. */
export function themed(option: ChartOption, dark: boolean): ChartOption {
  const text = dark ? '#e9ecef' : '#212529';
  const line = dark ? '#5c5f66' : '#ced4da';
  const axis = {
    axisLabel: { color: text },
    axisLine: { lineStyle: { color: line } },
    splitLine: { lineStyle: { color: line } },
  };
  const each = (value: unknown) =>
    Array.isArray(value) ? value.map((v: object) => ({ ...axis, ...v })) : value && { ...axis, ...(value as object) };
  const visualMap = option.visualMap as object | undefined;
  return {
    color: [...SERIES_PALETTE[dark ? 'dark' : 'light']],
    textStyle: { color: text },
    legend: { textStyle: { color: text } },
    ...option,
    xAxis: each(option.xAxis),
    yAxis: each(option.yAxis),
    // A heatmap runs from the background to the first series colour.
    ...(visualMap
      ? {
          visualMap: {
            textStyle: { color: text },
            inRange: { color: [dark ? '#1d3a52' : '#d0ebff', SERIES_PALETTE[dark ? 'dark' : 'light'][0]] },
            ...visualMap,
          },
        }
      : {}),
    backgroundColor: 'transparent',
  };
}
