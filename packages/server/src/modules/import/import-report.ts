import type { DataSource } from 'typeorm';
import type { ImportCellError } from './import-row.entity';

/** Rows read per statement while the report is written. */
const REPORT_PAGE = 1000;

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be run as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The error report of an import as CSV, written a page of rows at a time: every row with a
 * problem, one line per problem (row number, outcome, column, reason), with no cap.
 */
export async function writeErrorReport(
  dataSource: DataSource,
  jobId: string,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  await write('\ufeffRow,Outcome,Column,Reason\r\n');
  let lines = 0;
  for (let after = 0; ;) {
    const rows: { row_number: number; outcome: string; errors: ImportCellError[] }[] = await dataSource.query(
      `SELECT row_number, outcome, errors FROM import_rows WHERE job_id = $1 AND row_number > $2
         AND errors <> '[]'::jsonb ORDER BY row_number LIMIT ${REPORT_PAGE}`,
      [jobId, after],
    );
    let chunk = '';
    for (const row of rows) {
      for (const error of row.errors) {
        chunk += `${[row.row_number, row.outcome, error.column, error.reason].map(csvCell).join(',')}\r\n`;
        lines += 1;
      }
    }
    if (chunk) await write(chunk);
    if (rows.length < REPORT_PAGE) return lines;
    after = rows[rows.length - 1].row_number;
  }
}
