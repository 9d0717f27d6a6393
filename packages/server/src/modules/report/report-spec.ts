import { BadUserInputError } from '../../core/graphql/errors';
import type { ReportField, ReportKindDefinition, ListFilter } from './report-field';
import { narrowFilter } from './list-filter-json';
import { REPORT_KINDS } from './report-kinds';
import {
  DateBucket,
  FILTER_OF_KIND,
  MAX_DIMENSIONS,
  MAX_MEASURES,
  ReportFunction,
  type ReportSpecInput,
} from './report.inputs';

/** The longest period a report may cover, and the most date buckets it may cut it into. */
const MAX_PERIOD_YEARS = 20;
const MAX_BUCKETS = 1_000;
/** At most this many links joined: each may multiply the rows read. */
const MAX_LINKS = 2;

const BUCKET_DAYS: Record<DateBucket, number> = { day: 1, week: 7, month: 28, quarter: 90, year: 365 };
const DAY_MS = 86_400_000;

export interface Dimension {
  field: ReportField;
  bucket?: DateBucket;
}

export interface Measure {
  function: ReportFunction;
  field?: ReportField;
  perTeamMember: boolean;
  minimum?: number;
}

/** A spec checked against the registry: what the compiler and the drill-down work from. */
export interface CheckedSpec {
  definition: ReportKindDefinition;
  /** The list filter as the list query takes it (class instance from the API, dates as Dates). */
  filter: ListFilter;
  dimensions: Dimension[];
  measures: Measure[];
  period?: { field: ReportField; from: Date; to: Date; previousFrom?: Date };
  timeZone: string;
  links: string[];
  /** Sort keys: a dimension or measure index, and the direction. */
  orderBy: { dimension?: number; measure?: number; direction: 'ASC' | 'DESC' }[];
  limit: number;
  pivot?: number;
}

const refuse = (field: string, message: string) => BadUserInputError.field(field, message);

const isNested = (value: unknown): value is ListFilter =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The first key (`entered.from`) both filters set: two limits on one thing, one too many. */
function clashingKey(filter: ListFilter, more: ListFilter): string | undefined {
  for (const [key, value] of Object.entries(more)) {
    const current = filter[key];
    if (current == null) continue;
    if (!isNested(current) || !isNested(value)) return key;
    const inner = clashingKey(current, value);
    if (inner) return `${key}.${inner}`;
  }
  return undefined;
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function fieldOf(definition: ReportKindDefinition, name: string, where: string, kind: string): ReportField {
  const field = definition.fields.find((f) => f.name === name);
  if (!field) {
    throw refuse(
      where,
      `has no field "${name}" for ${kind}; known: ${definition.fields.map((f) => f.name).join(', ')}`,
    );
  }
  return field;
}

/** Checks a spec against the registry and its limits: BAD_USER_INPUT naming the problem. */
export function checkSpec(spec: ReportSpecInput): CheckedSpec {
  const definition = REPORT_KINDS[spec.kind];
  const own = FILTER_OF_KIND[spec.kind];
  for (const key of Object.values(FILTER_OF_KIND)) {
    if (key !== own && spec[key] != null) throw refuse(key, `does not apply to kind ${spec.kind}; use ${own}`);
  }
  const filter: ListFilter = { ...((spec[own] as ListFilter | undefined) ?? {}) };
  const groupBy = spec.groupBy ?? [];
  if (groupBy.length > MAX_DIMENSIONS) throw refuse('groupBy', `takes ${MAX_DIMENSIONS} dimensions at most`);
  if (!isValidTimeZone(spec.timeZone)) throw refuse('timeZone', `"${spec.timeZone}" is not a known IANA time zone`);

  const dimensions = groupBy.map((input, index): Dimension => {
    const where = `groupBy[${index}].field`;
    const field = fieldOf(definition, input.field, where, spec.kind);
    if (field.type === 'date') return { field, bucket: input.bucket ?? DateBucket.MONTH };
    if (input.bucket) throw refuse(`groupBy[${index}].bucket`, `applies to date fields only, not ${field.name}`);
    if (!field.drill || field.type === 'number') throw refuse(where, `${field.name} can be measured, not grouped by`);
    if (field.link) {
      const clash = clashingKey(filter, field.drill('x'));
      if (clash) throw refuse(where, `cannot group by ${field.name} while the filter sets ${clash}`);
    }
    return { field };
  });
  if (definition.requires && !dimensions.some((d) => d.field.name === definition.requires)) {
    throw refuse('groupBy', `must include ${definition.requires} for kind ${spec.kind}`);
  }
  const seen = new Set<string>();
  dimensions.forEach((d, index) => {
    const key = `${d.field.name}/${d.bucket ?? ''}`;
    if (seen.has(key)) throw refuse(`groupBy[${index}].field`, `repeats ${d.field.name}`);
    seen.add(key);
  });

  const measureInputs = spec.measures?.length ? spec.measures : [{ function: ReportFunction.COUNT }];
  if (measureInputs.length > MAX_MEASURES) throw refuse('measures', `takes ${MAX_MEASURES} measures at most`);
  const measures = measureInputs.map((input, index): Measure => {
    const where = `measures[${index}].field`;
    const measure: Measure = {
      function: input.function,
      perTeamMember: Boolean('perTeamMember' in input && input.perTeamMember),
      minimum: 'minimum' in input ? (input.minimum ?? undefined) : undefined,
    };
    if (measure.perTeamMember && !dimensions.some((d) => d.field.type === 'team')) {
      throw refuse(`measures[${index}].perTeamMember`, 'needs a team dimension in groupBy');
    }
    if (input.function === ReportFunction.COUNT) return measure;
    if (!('field' in input) || !input.field) throw refuse(where, `is required for ${input.function}`);
    const field = fieldOf(definition, input.field, where, spec.kind);
    if (field.link)
      throw refuse(where, `${field.name} is reached through a link; measures use the record’s own fields`);
    const numeric = field.type === 'number';
    const allowed =
      input.function === ReportFunction.COUNT_DISTINCT ||
      numeric ||
      (field.type === 'date' && (input.function === ReportFunction.MIN || input.function === ReportFunction.MAX));
    if (!allowed)
      throw refuse(
        where,
        `${input.function} needs a number field${numeric ? '' : ` (${field.name} is ${field.type})`}`,
      );
    return { ...measure, field };
  });

  let period: CheckedSpec['period'];
  if (spec.period) {
    const field = fieldOf(definition, spec.period.field, 'period.field', spec.kind);
    if (!field.range) throw refuse('period.field', `${field.name} is not a date`);
    const { from, to } = spec.period;
    if (!(to > from)) throw refuse('period.to', 'must be after period.from');
    if (to.getTime() - from.getTime() > MAX_PERIOD_YEARS * 366 * DAY_MS) {
      throw refuse('period', `covers more than ${MAX_PERIOD_YEARS} years`);
    }
    const clash = clashingKey(filter, field.range(from, to, spec.timeZone));
    if (clash) throw refuse('period', `and the filter’s ${clash} both limit ${field.name}; give one of them`);
    const previousFrom = spec.period.compareWithPrevious ? new Date(2 * from.getTime() - to.getTime()) : undefined;
    period = { field, from, to, previousFrom };
    Object.assign(filter, narrowFilter(filter, field.range(previousFrom ?? from, to, spec.timeZone)));
    const days = (to.getTime() - (previousFrom ?? from).getTime()) / DAY_MS;
    dimensions.forEach((d, index) => {
      if (d.bucket && days / BUCKET_DAYS[d.bucket] > MAX_BUCKETS) {
        throw refuse(`groupBy[${index}].bucket`, `would cut the period into more than ${MAX_BUCKETS} ${d.bucket}s`);
      }
    });
  }

  if (spec.pivot != null && (spec.pivot < 0 || spec.pivot >= dimensions.length)) {
    throw refuse('pivot', `must be the index of a dimension (0 to ${dimensions.length - 1})`);
  }
  (spec.orderBy ?? []).forEach((order, index) => {
    const byDimension = order.dimension != null;
    if (byDimension === (order.measure != null)) throw refuse(`orderBy[${index}]`, 'needs one of dimension or measure');
    const [value, count] = byDimension ? [order.dimension!, dimensions.length] : [order.measure!, measures.length];
    if (value < 0 || value >= count) throw refuse(`orderBy[${index}]`, `index ${value} is out of range`);
  });

  const links = [...new Set(dimensions.map((d) => d.field.link).filter((l): l is string => Boolean(l)))];
  if (links.length > MAX_LINKS) throw refuse('groupBy', `reaches through ${links.length} links; ${MAX_LINKS} at most`);
  const orderBy = spec.orderBy?.length
    ? spec.orderBy.map((o) => ({
        dimension: o.dimension ?? undefined,
        measure: o.measure ?? undefined,
        direction: o.direction,
      }))
    : dimensions.map((_, dimension) => ({ dimension, direction: 'ASC' as const }));
  return {
    definition,
    filter,
    dimensions,
    measures,
    period,
    timeZone: spec.timeZone,
    links,
    orderBy,
    limit: spec.limit,
    pivot: spec.pivot ?? undefined,
  };
}
