import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { humanise } from '../../core/graphql/enums';
import { BadUserInputError } from '../../core/graphql/errors';
import { filterAsJson, narrowFilter } from './list-filter-json';
import type { ListFilter } from './report-field';
import { checkSpec, type CheckedSpec, type Dimension, type Measure } from './report-spec';
import { compileReport } from './report-sql';
import { FILTER_OF_KIND, ReportFunction, type ReportSpecInput } from './report.inputs';
import type { Report, ReportPivot, ReportRow } from './report.types';
import { pivotRows } from './report-pivot';

/** How long one report statement may run before it is cancelled. */
const REPORT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * The settings of a report's transaction: its time limit; memory enough to hash and sort a
 * few hundred thousand records without spilling to disk; no JIT compilation, which cost more
 * than these statements take to run.
 */
export const REPORT_SETTINGS = [
  `SET LOCAL statement_timeout = ${REPORT_STATEMENT_TIMEOUT_MS}`,
  `SET LOCAL work_mem = '64MB'`,
  'SET LOCAL jit = off',
];

type RawRow = Record<string, unknown>;

/** Runs a statement with the report time limit; a cancelled one is the caller's to narrow. */
async function runLimited(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<RawRow[]> {
  try {
    return await dataSource.transaction(async (manager) => {
      for (const setting of REPORT_SETTINGS) await manager.query(setting);
      return (await manager.query(sql, parameters)) as RawRow[];
    });
  } catch (error) {
    throw reportError(error);
  }
}

/** A cancelled statement is the caller's to narrow; a value the database refused, theirs to fix. */
export function reportError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === '57014') {
    return new BadUserInputError(
      `The report took longer than ${REPORT_STATEMENT_TIMEOUT_MS / 1000} s: narrow its filter or period`,
    );
  }
  if (code === '22P02' || code === '22007' || code === '22008') {
    return new BadUserInputError(`The spec holds a value the database cannot read: ${(error as Error).message}`);
  }
  return error;
}

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

export function label(dimension: Dimension, key: string | null, row: RawRow, index: number): string | null {
  if (key == null) return null;
  switch (dimension.field.type) {
    case 'enum':
      return humanise(key);
    case 'boolean':
      return key === 'true' ? 'Yes' : 'No';
    case 'team':
    case 'user':
    case 'tag':
    case 'organization':
    case 'project':
    case 'pipeline':
    case 'stage':
      return (row[`l${index}`] as string | null) ?? key;
    default:
      return key;
  }
}

const MEASURE_WORDS: Record<ReportFunction, string> = {
  COUNT: 'Count',
  COUNT_DISTINCT: 'Distinct',
  SUM: 'Sum',
  AVG: 'Average',
  MIN: 'Least',
  MAX: 'Greatest',
  MEDIAN: 'Median',
};

export function measureLabel(measure: Measure): string {
  const word = MEASURE_WORDS[measure.function];
  const base = measure.field ? `${word} of ${measure.field.label}` : word;
  return measure.perTeamMember ? `${base} per team member` : base;
}

/** What a group with no record shows: nothing counted, nothing else computed. */
const emptyValues = (measures: Measure[]) =>
  measures.map((m) => (m.function === ReportFunction.COUNT || m.function === ReportFunction.COUNT_DISTINCT ? 0 : null));

/** Runs a report for a viewer: the rows, each with the list filter of exactly its records. */
export async function runReport(
  dataSource: DataSource,
  schema: GraphQLSchema,
  viewer: Viewer | null,
  spec: ReportSpecInput,
): Promise<Report> {
  const checked = checkSpec(spec);
  const { sql, parameters } = compileReport(dataSource, viewer, checked);
  const raw = await runLimited(dataSource, sql, parameters);
  const baseFilter = filterAsJson(
    schema,
    checked.definition.filterType,
    (spec[FILTER_OF_KIND[spec.kind]] as ListFilter | undefined) ?? {},
  );
  const comparing = Boolean(checked.period?.previousFrom);
  const byKey = new Map<string, ReportRow>();
  const rows: ReportRow[] = [];
  for (const r of raw) {
    const keys = checked.dimensions.map((_, i) => (r[`k${i}`] as string | null) ?? null);
    const values = checked.measures.map((_, i) => (r[`m${i}`] == null ? null : Number(r[`m${i}`])));
    const id = JSON.stringify(keys);
    let row = byKey.get(id);
    if (!row) {
      row = {
        keys,
        labels: checked.dimensions.map((d, i) => label(d, keys[i], r, i)),
        values: emptyValues(checked.measures),
        filter: drillFilter(checked, baseFilter, keys, r, 'current'),
      };
      if (comparing) {
        row.previous = emptyValues(checked.measures);
        row.previousFilter = drillFilter(checked, baseFilter, keys, r, 'previous');
      }
      byKey.set(id, row);
      rows.push(row);
    }
    if (comparing && r.cur === false) row.previous = values;
    else row.values = values;
  }
  // With no grouping there is one figure, even when no record of either period counts.
  if (!checked.dimensions.length && !rows.length) {
    rows.push({
      keys: [],
      labels: [],
      values: emptyValues(checked.measures),
      filter: drillFilter(checked, baseFilter, [], {}, 'current'),
      ...(comparing
        ? {
            previous: emptyValues(checked.measures),
            previousFilter: drillFilter(checked, baseFilter, [], {}, 'previous'),
          }
        : {}),
    });
  }
  if (comparing) sortRows(rows, checked);
  const truncated = rows.length > checked.limit;
  const kept = rows.slice(0, checked.limit);
  return {
    kind: spec.kind,
    list: checked.definition.list,
    dimensions: checked.dimensions.map((d) => ({
      field: d.field.name,
      label: d.field.label,
      type: d.field.type,
      bucket: d.bucket,
    })),
    measures: checked.measures.map((m) => ({
      function: m.function,
      field: m.field?.name,
      label: measureLabel(m),
      perTeamMember: m.perTeamMember,
    })),
    rows: kept,
    truncated,
    pivot: checked.pivot != null ? (pivotRows(kept, checked.pivot) satisfies ReportPivot) : null,
  };
}

/**
 * The list filter of exactly the records of one group: the report's filter, each dimension's
 * value (a bucket as its time range), and the period. Null when a value is empty.
 */
function drillFilter(
  checked: CheckedSpec,
  baseFilter: ListFilter,
  keys: (string | null)[],
  row: RawRow,
  which: 'current' | 'previous',
): ListFilter | null {
  let filter = baseFilter;
  const { period } = checked;
  if (period) {
    const [from, to] = which === 'current' ? [period.from, period.to] : [period.previousFrom!, period.from];
    filter = narrowFilter(filter, period.field.range!(iso(from), iso(to), checked.timeZone));
  }
  for (const [i, d] of checked.dimensions.entries()) {
    if (keys[i] == null) return null;
    const more = d.bucket
      ? d.field.range!(iso(row[`s${i}`]), iso(row[`e${i}`]), checked.timeZone)
      : d.field.drill!(keys[i]!);
    filter = narrowFilter(filter, more);
  }
  return filter;
}

/** Comparing periods, rows are merged here, so sorted here: by the current figures. */
function sortRows(rows: ReportRow[], checked: CheckedSpec) {
  const compare = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1;
  rows.sort((x, y) => {
    for (const o of checked.orderBy) {
      const result =
        o.dimension != null
          ? compare(x.keys[o.dimension], y.keys[o.dimension])
          : compare(x.values[o.measure!], y.values[o.measure!]);
      if (result) return o.direction === 'DESC' ? -result : result;
    }
    return 0;
  });
}
