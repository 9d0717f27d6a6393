import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { ReportField } from './report-field';
import type { CheckedSpec, Measure } from './report-spec';
import { ReportFunction, type DateBucket } from './report.inputs';

/** A compiled report: one statement, its positional parameters, and what its columns are. */
export interface CompiledReport {
  sql: string;
  parameters: unknown[];
}

const BUCKET_INTERVAL: Record<DateBucket, string> = {
  day: '1 day',
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

/** The name of the table holding the display name of an id, and its column. */
const LABELS: Partial<Record<ReportField['type'], [table: string, column: string]>> = {
  team: ['teams', 'name'],
  user: ['users', 'name'],
  tag: ['tags', 'label'],
  organization: ['organizations', 'name'],
  project: ['projects', 'name'],
  pipeline: ['pipelines', 'name'],
  stage: ['pipeline_stages', 'name'],
};

/** What a dimension sorts by: pipelines and stages in their order (through the label joins), the rest by value. */
function sortKey(checked: CheckedSpec, index: number): string {
  switch (checked.dimensions[index].field.type) {
    case 'pipeline':
      return `l${index}.position, o${index}`;
    case 'stage':
      return `q${index}.position, l${index}.position, o${index}`;
    default:
      return `o${index}`;
  }
}

/**
 * Compiles a checked spec into ONE parameterised statement. The innermost query is the list's
 * own query (its filters and the viewer's visibility rules), reduced to the record ids and the
 * record's fields the report uses; links are joined to those ids; each record counts once per
 * group (`DISTINCT` over record and group when a link may repeat it); groups are then measured.
 */
export function compileReport(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  checked: CheckedSpec,
  /** `export`: only what a CSV file shows (keys, names, measures), none of the drill-downs' ranges. */
  columns: 'all' | 'export' = 'all',
): CompiledReport {
  const { definition, dimensions, measures, period, links } = checked;
  const base = definition.query(source, viewer, checked.filter);
  base.select(`${definition.alias}.id`, 'rid');
  const ownColumns = new Map<string, string>();
  const own = (field: ReportField) => {
    if (field.link) return field.sql;
    let column = ownColumns.get(field.name);
    if (!column) {
      column = `f${ownColumns.size}`;
      ownColumns.set(field.name, column);
      base.addSelect(`(${field.sql})`, column);
    }
    return `r.${column}`;
  };
  const middle: string[] = ['r.rid'];
  dimensions.forEach((d, i) => {
    const value = own(d.field);
    middle.push(d.bucket ? `date_trunc('${d.bucket}', (${value}) AT TIME ZONE $TZ) AS d${i}` : `${value} AS d${i}`);
  });
  measures.forEach((m, i) => {
    if (m.field) middle.push(`${own(m.field)} AS v${i}`);
  });
  if (period?.previousFrom) middle.push(`(${own(period.field)} >= $FROM) AS cur`);

  const [baseSql, baseParameters] = base.getQueryAndParameters();
  const parameters = [...baseParameters];
  const add = (value: unknown) => `$${parameters.push(value)}`;
  const placeholders: Record<string, string> = {};
  const named = (name: string, value: unknown) => (placeholders[name] ??= add(value));
  const withParameters = (sql: string) =>
    sql.replace(/\$TZ/g, () => named('TZ', checked.timeZone)).replace(/\$FROM/g, () => named('FROM', period!.from));

  const joins = links.map((link) => definition.links[link]).join(' ');
  const distinct = links.length ? 'DISTINCT ' : '';
  const middleSql = withParameters(`SELECT ${distinct}${middle.join(', ')} FROM (${baseSql}) r ${joins}`);

  // Grouped: each group's values (`o`) and measures; keys, bucket ranges and names come after.
  const outer: string[] = dimensions.map((_, i) => `x.d${i} AS o${i}`);
  const groups: string[] = dimensions.map((_, i) => `x.d${i}`);
  const exporting = columns === 'export';
  const shown: string[] = exporting
    ? [...measures.map((_, i) => `g.m${i}`), ...(period?.previousFrom ? ['g.cur'] : [])]
    : ['g.*'];
  const labelJoins: string[] = [];
  dimensions.forEach((d, i) => {
    if (d.bucket) {
      const tz = named('TZ', checked.timeZone);
      shown.push(`to_char(g.o${i}, 'YYYY-MM-DD') AS k${i}`);
      if (!exporting) {
        shown.push(
          `g.o${i} AT TIME ZONE ${tz} AS s${i}`,
          `(g.o${i} + interval '${BUCKET_INTERVAL[d.bucket]}') AT TIME ZONE ${tz} AS e${i}`,
        );
      }
      return;
    }
    shown.push(`(g.o${i})::text AS k${i}`);
    // Names of teams, users, tags and organizations: joined to the groups (a lookup per group
    // instead would run before the sort of a whole export, hundreds of thousands of times).
    const label = LABELS[d.field.type];
    if (label) {
      shown.push(`l${i}.${label[1]} AS l${i}`);
      labelJoins.push(`LEFT JOIN ${label[0]} l${i} ON l${i}.id = g.o${i}`);
    }
    if (d.field.type === 'stage') labelJoins.push(`LEFT JOIN pipelines q${i} ON q${i}.id = l${i}.pipeline_id`);
  });
  const teamIndex = dimensions.findIndex((d) => d.field.type === 'team');
  const measureSql = (m: Measure, i: number) => {
    const value = aggregate(m, i);
    if (!m.perTeamMember) return value;
    return `(${value})::float8 / nullif((SELECT count(*) FROM team_memberships tm WHERE tm.team_id = x.d${teamIndex}), 0)`;
  };
  measures.forEach((m, i) => outer.push(`(${measureSql(m, i)})::float8 AS m${i}`));
  if (period?.previousFrom) {
    outer.push('x.cur');
    groups.push('x.cur');
  }
  const having = measures
    .map((m, i) => (m.minimum != null ? `${measureSql(m, i)} >= ${add(m.minimum)}::float8` : null))
    .filter(Boolean);
  const grouping = [
    `SELECT ${outer.join(', ')} FROM (${middleSql}) x`,
    groups.length ? `GROUP BY ${groups.join(', ')}` : '',
    having.length ? `HAVING ${having.join(' AND ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Grouped apart from the ordering: asked for sorted groups, the planner would rather sort every
  // record (its guess at the number of groups is far too high) than hash them and sort the groups.
  const sql = [
    `WITH g AS MATERIALIZED (${grouping}) SELECT ${shown.join(', ')} FROM g`,
    ...labelJoins,
    orderClause(checked),
    // One row more than asked tells that there were more; both periods' rows when comparing.
    Number.isFinite(checked.limit) ? `LIMIT ${(period?.previousFrom ? 2 : 1) * checked.limit + 1}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { sql, parameters };
}

function aggregate(measure: Measure, index: number): string {
  const v = `x.v${index}`;
  switch (measure.function) {
    case ReportFunction.COUNT:
      // A record a link repeats is made distinct per group by the middle query: a row is a record.
      return 'count(*)';
    case ReportFunction.COUNT_DISTINCT:
      return `count(DISTINCT ${v})`;
    case ReportFunction.SUM:
      return `sum(${v})`;
    case ReportFunction.AVG:
      return `avg(${v})`;
    case ReportFunction.MIN:
    case ReportFunction.MAX: {
      const fn = measure.function.toLowerCase();
      return measure.field?.type === 'date' ? `extract(epoch from ${fn}(${v})) * 1000` : `${fn}(${v})`;
    }
    case ReportFunction.MEDIAN:
      return `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${v})`;
  }
}

function orderClause(checked: CheckedSpec): string {
  const terms = checked.orderBy.map((o) =>
    o.dimension != null
      ? sortKey(checked, o.dimension)
          .split(', ')
          .map((key) => `${key} ${o.direction} NULLS LAST`)
          .join(', ')
      : `m${o.measure} ${o.direction} NULLS LAST`,
  );
  // Ties and the rest: by every dimension, so that the order and the cut are stable.
  terms.push(...checked.dimensions.map((_, i) => sortKey(checked, i)));
  return terms.length ? `ORDER BY ${terms.join(', ')}` : '';
}
