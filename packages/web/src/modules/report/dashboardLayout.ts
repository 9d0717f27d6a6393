import type { DashboardWidgetInput, DashboardWidgetKind, ReportChart } from '../../generated/graphql';

const COLUMNS = 12;

/** A widget being edited: what it shows and its size; its place follows from its order. */
export interface WidgetDraft {
  kind: DashboardWidgetKind;
  savedReportId?: string | null;
  builtInReportId?: string | null;
  markdown?: string | null;
  title?: string | null;
  w: number;
  h: number;
}

/** The widths offered, in columns of twelve. */
export const WIDTHS = [
  { value: '3', label: 'Quarter' },
  { value: '4', label: 'Third' },
  { value: '6', label: 'Half' },
  { value: '8', label: 'Two thirds' },
  { value: '12', label: 'Full width' },
];

/** The heights offered, in rows. */
export const HEIGHTS = [
  { value: '2', label: 'Short' },
  { value: '4', label: 'Medium' },
  { value: '6', label: 'Tall' },
];

/** One row of the grid is this many pixels high. */
export const ROW_HEIGHT = 110;

/** A new widget's size: a figure is small, a table or a chart half the width. */
export function sizeOf(chart: ReportChart | null | undefined): { w: number; h: number } {
  if (chart === 'NUMBER') return { w: 3, h: 2 };
  if (chart === 'TABLE' || chart === 'PIVOT') return { w: 6, h: 6 };
  return { w: 6, h: 4 };
}

/** The widgets in reading order: by row, then column. */
export function inReadingOrder<W extends { x: number; y: number }>(widgets: readonly W[]): W[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * The widgets placed in their order, left to right, a row starting where the next would not fit;
 * a row is as high as its highest widget.
 */
export function placed(widgets: readonly WidgetDraft[]): DashboardWidgetInput[] {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return widgets.map((widget) => {
    const w = Math.min(Math.max(widget.w, 1), COLUMNS);
    if (x + w > COLUMNS) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const input: DashboardWidgetInput = {
      kind: widget.kind,
      savedReportId: widget.kind === 'SAVED_REPORT' ? widget.savedReportId : null,
      builtInReportId: widget.kind === 'BUILT_IN_REPORT' ? widget.builtInReportId : null,
      markdown: widget.kind === 'MARKDOWN' ? widget.markdown : null,
      title: widget.title?.trim() || null,
      x,
      y,
      w,
      h: widget.h,
    };
    x += w;
    rowHeight = Math.max(rowHeight, widget.h);
    return input;
  });
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
