import type { DataTableColumn } from './types';

/** The columns shown when the URL names none. */
export function defaultColumnKeys<Row>(columns: DataTableColumn<Row>[]): string[] {
  return columns.filter((column) => !column.hiddenByDefault).map((column) => column.key);
}

/** The columns to show, in their declared order; unknown keys are ignored, and none shown means the defaults. */
export function visibleColumnsOf<Row>(columns: DataTableColumn<Row>[], keys: string[]): DataTableColumn<Row>[] {
  const wanted = new Set(keys);
  const chosen = columns.filter((column) => column.alwaysVisible || wanted.has(column.key));
  return chosen.some((column) => !column.alwaysVisible) ? chosen : columns.filter((column) => !column.hiddenByDefault);
}

/** The CSV columns of what is shown. */
export function csvColumnsOf<Row>(columns: DataTableColumn<Row>[]) {
  return columns.filter((column) => column.csv).map((column) => ({ header: column.header, value: column.csv! }));
}
