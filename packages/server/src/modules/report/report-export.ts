import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { checkSpec } from './report-spec';
import { compileReport } from './report-sql';
import { label, measureLabel, REPORT_SETTINGS, reportError } from './report.service';
import type { ReportSpecInput } from './report.inputs';

/** Rows fetched from the cursor at a time: memory stays flat whatever the report's size. */
const BATCH = 2_000;

/** A CSV field: quoted when needed; text a spreadsheet would run as a formula is defused. */
export function csvField(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * Writes a report as CSV: a header, then every group, without the row limit, read through a
 * cursor in batches and written as the client takes them. Checks the spec before the first
 * byte, so a bad spec is still an error response. Resolves with the number of rows written.
 */
export async function exportReportCsv(
  dataSource: DataSource,
  viewer: Viewer,
  spec: ReportSpecInput,
  out: Writable & { setHeader?: (name: string, value: string) => void },
  start: () => void,
): Promise<number> {
  const checked = { ...checkSpec(spec), limit: Infinity };
  const { sql, parameters } = compileReport(dataSource, viewer, checked, 'export');
  const comparing = Boolean(checked.period?.previousFrom);
  const runner = dataSource.createQueryRunner();
  let rows = 0;
  try {
    await runner.connect();
    await runner.startTransaction();
    for (const setting of REPORT_SETTINGS) await runner.query(setting);
    // Every row is read: plan for all of them, not for the first tenth as for a cursor by default.
    await runner.query('SET LOCAL cursor_tuple_fraction = 1');
    await runner.query(`DECLARE report_export NO SCROLL CURSOR FOR ${sql}`, parameters).catch((error: unknown) => {
      throw reportError(error);
    });
    start();
    const header = [
      ...checked.dimensions.map((d) => (d.bucket ? `${d.field.label} (${d.bucket})` : d.field.label)),
      ...(comparing ? ['Period'] : []),
      ...checked.measures.map(measureLabel),
    ];
    if (!out.write(line(header))) await once(out, 'drain');
    for (;;) {
      const batch = (await runner.query(`FETCH ${BATCH} FROM report_export`)) as Record<string, unknown>[];
      if (!batch.length) break;
      let chunk = '';
      for (const row of batch) {
        const fields: unknown[] = checked.dimensions.map((d, i) =>
          label(d, (row[`k${i}`] as string | null) ?? null, row, i),
        );
        if (comparing) fields.push(row.cur === false ? 'previous' : 'current');
        for (let i = 0; i < checked.measures.length; i++)
          fields.push(row[`m${i}`] == null ? null : Number(row[`m${i}`]));
        chunk += line(fields);
      }
      rows += batch.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
  return rows;
}
