import type { ReportPivot, ReportPivotRow, ReportRow } from './report.types';

const without = <T>(items: T[], index: number) => items.filter((_, i) => i !== index);

/** The rows spread with dimension `index` as columns, in the order the rows come. */
export function pivotRows(rows: ReportRow[], index: number): ReportPivot {
  const columns = new Map<string | null, string | null>();
  for (const row of rows) if (!columns.has(row.keys[index])) columns.set(row.keys[index], row.labels[index]);
  const columnKeys = [...columns.keys()];
  const byRest = new Map<string, ReportPivotRow>();
  for (const row of rows) {
    const keys = without(row.keys, index);
    const id = JSON.stringify(keys);
    let pivotRow = byRest.get(id);
    if (!pivotRow) {
      pivotRow = { keys, labels: without(row.labels, index), cells: columnKeys.map(() => null) };
      byRest.set(id, pivotRow);
    }
    pivotRow.cells[columnKeys.indexOf(row.keys[index])] = row;
  }
  return { dimension: index, columnKeys, columnLabels: [...columns.values()], rows: [...byRest.values()] };
}
