import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import {
  DASHBOARD_PERIODS,
  DashboardPeriodEnum,
  WIDGET_KINDS,
  WidgetKindEnum,
  type DashboardPeriod,
  type WidgetKind,
} from './dashboard.entity';

export const GRID_COLUMNS = 12;
const MAX_ROW = 1_000;
const MAX_HEIGHT = 50;
const MAX_WIDGETS = 50;
const MAX_MARKDOWN = 20_000;
const MAX_FILTER_VALUES = 100;

@InputType({ description: 'One widget: what it shows (the field its kind names) and its place on the grid.' })
export class DashboardWidgetInput {
  @Field(() => WidgetKindEnum, { description: 'What it shows.' })
  @IsIn(WIDGET_KINDS)
  kind: WidgetKind;

  @Field(() => ID, { nullable: true, description: 'For SAVED_REPORT: a saved report you may see.' })
  @IsOptional()
  @IsUUID()
  savedReportId?: string | null;

  @Field(() => String, { nullable: true, description: 'For BUILT_IN_REPORT: an id of `builtInReports`.' })
  @IsOptional()
  @MaxLength(100)
  builtInReportId?: string | null;

  @Field(() => String, { nullable: true, description: `For MARKDOWN: its text, ${MAX_MARKDOWN} characters at most.` })
  @IsOptional()
  @MaxLength(MAX_MARKDOWN)
  markdown?: string | null;

  @Field(() => String, { nullable: true, description: 'A title shown above it.' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => Int, { description: `Its column, 0 to ${GRID_COLUMNS - 1}.` })
  @IsInt()
  @Min(0)
  @Max(GRID_COLUMNS - 1)
  x: number;

  @Field(() => Int, { description: `Its row, 0 to ${MAX_ROW}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_ROW)
  y: number;

  @Field(() => Int, { description: `Its width in columns, 1 to ${GRID_COLUMNS}; x + w at most ${GRID_COLUMNS}.` })
  @IsInt()
  @Min(1)
  @Max(GRID_COLUMNS)
  w: number;

  @Field(() => Int, { description: `Its height in rows, 1 to ${MAX_HEIGHT}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_HEIGHT)
  h: number;
}

@InputType({ description: 'The filters a dashboard applies to all its widgets by default.' })
export class DashboardFiltersInput {
  @Field(() => DashboardPeriodEnum, { nullable: true, description: 'The period; each report’s own when not given.' })
  @IsOptional()
  @IsIn(DASHBOARD_PERIODS)
  period?: DashboardPeriod | null;

  @Field(() => [ID], { nullable: true, description: 'Only these teams.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsUUID('all', { each: true })
  teamIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these countries (ISO 3166-1 alpha-2: `DE`).' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each country must be two upper-case letters' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only records with these tags.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsUUID('all', { each: true })
  tagIds?: string[] | null;
}

@InputType({ description: 'A new dashboard, owned by you.' })
export class CreateDashboardInput {
  @Field({ description: 'Its name.' })
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [DashboardWidgetInput], {
    nullable: true,
    description: `Its widgets, in order, ${MAX_WIDGETS} at most; none when not given.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_WIDGETS)
  @ValidateNested()
  widgets?: DashboardWidgetInput[];

  @Field(() => DashboardFiltersInput, { nullable: true, description: 'Its filters; none when not given.' })
  @IsOptional()
  @ValidateNested()
  filters?: DashboardFiltersInput;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PRIVATE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours); needed for TEAM.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to a dashboard: only the fields given change; widgets and filters as a whole.' })
export class UpdateDashboardInput {
  @Field(() => ID, { description: 'The dashboard.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Its name.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'What it is for; null to remove.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [DashboardWidgetInput], { nullable: true, description: 'All its widgets, in order.' })
  @IsOptional()
  @ArrayMaxSize(MAX_WIDGETS)
  @ValidateNested()
  widgets?: DashboardWidgetInput[];

  @Field(() => DashboardFiltersInput, { nullable: true, description: 'All its filters.' })
  @IsOptional()
  @ValidateNested()
  filters?: DashboardFiltersInput;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Which dashboards to list.' })
export class DashboardFilter {
  @Field({ nullable: true, description: 'Only yours (true) or only others’ (false).' })
  @IsOptional()
  mine?: boolean;
}
