import { Column, Entity } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

/** What a widget shows: a saved report, a built-in report, or text. */
export const WIDGET_KINDS = ['saved_report', 'built_in_report', 'markdown'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];
export const WidgetKindEnum = graphqlEnum(WIDGET_KINDS, 'DashboardWidgetKind', 'What a dashboard widget shows.', {
  saved_report: 'A saved report (`savedReportId`).',
  built_in_report: 'A built-in report (`builtInReportId`, an id of `builtInReports`).',
  markdown: 'Text written in Markdown (`markdown`).',
});

/** The period a dashboard's reports cover by default, relative to today. */
export const DASHBOARD_PERIODS = [
  'this_week',
  'this_month',
  'last_month',
  'this_quarter',
  'last_quarter',
  'this_year',
  'last_12_months',
] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export const DashboardPeriodEnum = graphqlEnum(
  DASHBOARD_PERIODS,
  'DashboardPeriod',
  'A period relative to today, in the time zone of the reader.',
);

/** One widget of a dashboard, as stored (in order) and as the API shows it. */
@ObjectType({
  description:
    'One widget of a dashboard: what it shows and its place on a 12-column grid. A saved report the reader may not see comes back with `visible` false and no `savedReport`.',
})
export class DashboardWidget {
  @Field(() => WidgetKindEnum, { description: 'What it shows.' })
  kind: WidgetKind;

  @Field(() => ID, { nullable: true, description: 'The saved report it shows (SAVED_REPORT).' })
  savedReportId?: string | null;

  @Field(() => String, { nullable: true, description: 'The built-in report it shows (BUILT_IN_REPORT).' })
  builtInReportId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its text in Markdown (MARKDOWN).' })
  markdown?: string | null;

  @Field(() => String, { nullable: true, description: 'A title shown above it; the report’s name when not given.' })
  title?: string | null;

  @Field(() => Int, { description: 'Its column, from 0 (left) to 11.' })
  x: number;

  @Field(() => Int, { description: 'Its row, from 0 (top).' })
  y: number;

  @Field(() => Int, { description: 'Its width in columns, 1 to 12.' })
  w: number;

  @Field(() => Int, { description: 'Its height in rows.' })
  h: number;
}

/** The filters a dashboard applies to all its widgets unless the reader changes them. */
@ObjectType({ description: 'The filters a dashboard applies to all its widgets by default.' })
export class DashboardFilters {
  @Field(() => DashboardPeriodEnum, { nullable: true, description: 'The period covered; each report’s own when null.' })
  period?: DashboardPeriod | null;

  @Field(() => [ID], { description: 'Only these teams; all when empty.' })
  teamIds: string[];

  @Field(() => [String], { description: 'Only these countries (ISO 3166-1 alpha-2); all when empty.' })
  countries: string[];

  @Field(() => [ID], { description: 'Only records with these tags; all when empty.' })
  tagIds: string[];
}

/** No filter: each widget's report as it is. */
export const NO_FILTERS: DashboardFilters = { period: null, teamIds: [], countries: [], tagIds: [] };

/** A named grid of widgets with filter defaults. */
@ObjectType({
  description:
    'A named grid of widgets (saved or built-in reports, text) with filters applied to them all, owned by a user and shown to them alone (PRIVATE), their team or everyone.',
})
@Entity('dashboards')
export class Dashboard extends OwnedRecordEntity {
  @Field({ description: 'Its name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for, in a sentence or two.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see it: its owner alone, their team, or everyone.' })
  @Column({ type: 'text', default: 'private' })
  visibility: Visibility;

  @Field(() => [DashboardWidget], { description: 'Its widgets, in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  widgets: DashboardWidget[];

  @Field(() => DashboardFilters, { description: 'The filters applied to all its widgets by default.' })
  @Column({ type: 'jsonb', default: () => `'${JSON.stringify(NO_FILTERS)}'` })
  filters: DashboardFilters;
}

/** The fields clients edit, recorded one by one in the history. */
export const DASHBOARD_FIELDS = [
  'name',
  'description',
  'visibility',
  'widgets',
  'filters',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Dashboard)[];
