import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateBucket, ReportFunction, ReportKind } from './report.inputs';

@ObjectType({ description: 'A grouping of the report, as a column header.' })
export class ReportDimension {
  @Field({ description: 'The field grouped by.' })
  field: string;

  @Field({ description: 'Its name for people.' })
  label: string;

  @Field({ description: 'What sort of values: enum, category, team, user, tag, organization, date, boolean.' })
  type: string;

  @Field(() => DateBucket, { nullable: true, description: 'The bucket of a date.' })
  bucket?: DateBucket;
}

@ObjectType({ description: 'A figure of the report, as a column header.' })
export class ReportMeasure {
  @Field(() => ReportFunction, { description: 'What it computes.' })
  function: ReportFunction;

  @Field({ nullable: true, description: 'The field it is computed over.' })
  field?: string;

  @Field({ description: 'Its name for people: "Count", "Average of Age (days)".' })
  label: string;

  @Field({ description: 'Divided by the members of the team.' })
  perTeamMember: boolean;
}

@ObjectType({
  description:
    'One group: its values, its figures, and the list filter of exactly the records it counts (null when a value is empty: no list filter selects that).',
})
export class ReportRow {
  @Field(() => [String], {
    nullable: 'items',
    description: 'The value of each dimension (an id, a code, a YYYY-MM-DD bucket start).',
  })
  keys: (string | null)[];

  @Field(() => [String], { nullable: 'items', description: 'The same values for people (names, labels).' })
  labels: (string | null)[];

  @Field(() => [Float], { nullable: 'items', description: 'The figures, in the order of the measures.' })
  values: (number | null)[];

  @Field(() => [Float], {
    nullable: true,
    description: 'With compareWithPrevious: the figures over the previous period.',
  })
  previous?: (number | null)[] | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The filter of the list (`list`) showing exactly the records counted here.',
  })
  filter: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The same over the previous period.' })
  previousFilter?: Record<string, unknown> | null;
}

@ObjectType({ description: 'A row of a pivot table: the other dimensions, then one cell per column.' })
export class ReportPivotRow {
  @Field(() => [String], { nullable: 'items', description: 'The values of the other dimensions.' })
  keys: (string | null)[];

  @Field(() => [String], { nullable: 'items', description: 'The same for people.' })
  labels: (string | null)[];

  @Field(() => [ReportRow], { nullable: 'items', description: 'The group of each column; null when empty.' })
  cells: (ReportRow | null)[];
}

@ObjectType({ description: 'The rows spread with one dimension as columns.' })
export class ReportPivot {
  @Field(() => Int, { description: 'The dimension spread as columns.' })
  dimension: number;

  @Field(() => [String], { nullable: 'items', description: 'The keys of the columns.' })
  columnKeys: (string | null)[];

  @Field(() => [String], { nullable: 'items', description: 'Their labels.' })
  columnLabels: (string | null)[];

  @Field(() => [ReportPivotRow], { description: 'One row per value of the other dimensions.' })
  rows: ReportPivotRow[];
}

@ObjectType({ description: 'What a report computed.' })
export class Report {
  @Field(() => ReportKind, { description: 'The kind of record counted.' })
  kind: ReportKind;

  @Field({ description: 'The list query its drill-down filters are for: `activities`, `needs` …' })
  list: string;

  @Field(() => [ReportDimension], { description: 'The groupings, in the order of the keys of a row.' })
  dimensions: ReportDimension[];

  @Field(() => [ReportMeasure], { description: 'The figures, in the order of the values of a row.' })
  measures: ReportMeasure[];

  @Field(() => [ReportRow], { description: 'One row per group, sorted as asked.' })
  rows: ReportRow[];

  @Field({ description: 'Whether there were more rows than the limit.' })
  truncated: boolean;

  @Field(() => ReportPivot, { nullable: true, description: 'When the spec asks for a pivot.' })
  pivot?: ReportPivot | null;
}

@ObjectType({ description: 'A field a report may group by or measure.' })
export class ReportFieldInfo {
  @Field({ description: 'Its name in a spec.' })
  name: string;

  @Field({ description: 'Its name for people.' })
  label: string;

  @Field({ description: 'enum, category, team, user, tag, organization, date, number or boolean.' })
  type: string;

  @Field({ description: 'Whether it can be a dimension.' })
  groupable: boolean;

  @Field(() => [ReportFunction], { description: 'The measures it takes besides COUNT.' })
  functions: ReportFunction[];
}

@ObjectType('BuiltInReport', {
  description: 'A report that comes with Liaison: a preset spec, to run with `report(spec:)` or to adapt.',
})
export class BuiltInReportType {
  @Field({ description: 'Its stable name.' })
  id: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field({ description: 'What it shows.' })
  description: string;

  @Field({
    description: 'How it shows best: bar, stacked, line, area, pie, funnel, heatmap, number, table or pivot.',
  })
  chart: string;

  @Field(() => GraphQLJSONObject, {
    description: 'The spec, as the variables of `report(spec:)`; periods relative to now.',
  })
  spec: Record<string, unknown>;
}
