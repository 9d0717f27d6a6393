/** An ECharts option: series, axes, legend … (kept loose so that pages need not load ECharts' types). */
export type ChartOption = Record<string, unknown>;

interface ChartClick {
  /** The index of the data item in its series. */
  dataIndex: number;
  seriesIndex?: number;
  name?: string;
}

export interface ChartProps {
  option: ChartOption;
  height?: number;
  /** Clicking a bar, a point or a slice. */
  onClick?: (event: ChartClick) => void;
  /** What the chart shows, for screen readers (the data table is a click away). */
  label: string;
}

/** Saves the chart as it is drawn. */
export interface ChartHandle {
  /** A PNG data URL. */
  png(): string;
  /** An SVG data URL, drawn again as vectors. */
  svg(): string;
}
