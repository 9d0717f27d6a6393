import Papa from 'papaparse';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * Rows as CSV text: a header line, then one line per row (RFC 4180 quoting by papaparse). Values
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are quoted as text.
 */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    },
    { escapeFormulae: true },
  );
}

/** Saves rows as a CSV file; a byte order mark makes spreadsheet programs read UTF-8. */
export function downloadCsv<Row>(filename: string, columns: CsvColumn<Row>[], rows: Row[]): void {
  const blob = new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(filename.endsWith('.csv') ? filename : `${filename}.csv`, blob);
}

/** Hands a file made in the browser to the person, as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
