import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

/** How a saved report is drawn. */
export const REPORT_CHARTS = [
  'bar',
  'stacked_bar',
  'line',
  'area',
  'pie',
  'donut',
  'heatmap',
  'funnel',
  'number',
  'table',
  'pivot',
] as const;
export type ReportChart = (typeof REPORT_CHARTS)[number];
export const ReportChartEnum = graphqlEnum(REPORT_CHARTS, 'ReportChart', 'How a saved report is drawn.', {
  number: 'One figure, with its comparison when the spec compares periods.',
  table: 'The rows as a table.',
  pivot: 'A pivot table (the spec’s `pivot` dimension as columns).',
});

/** A report spec kept under a name, with the chart that shows it. */
@ObjectType({
  description:
    'A report saved under a name: its spec (as `report(spec:)` takes it) and its chart, owned by a user and shown to them alone (PRIVATE), their team or everyone.',
})
@Entity('saved_reports')
export class SavedReport extends OwnedRecordEntity {
  @Field({ description: 'Its name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it shows, in a sentence or two.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'The spec, as the variables of `report(spec:)` (enum names, ISO dates): send it back as it is to compute the report.',
  })
  @Column({ type: 'jsonb' })
  spec: Record<string, unknown>;

  @Field(() => ReportChartEnum, { description: 'The chart that shows it.' })
  @Column({ type: 'text', default: 'table' })
  chart: ReportChart;

  @Field(() => VisibilityEnum, { description: 'Who may see it: its owner alone, their team, or everyone.' })
  @Column({ type: 'text', default: 'private' })
  visibility: Visibility;
}

/** The fields clients edit, recorded one by one in the history. */
export const SAVED_REPORT_FIELDS = [
  'name',
  'description',
  'spec',
  'chart',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof SavedReport)[];
