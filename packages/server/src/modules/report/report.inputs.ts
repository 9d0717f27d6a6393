import { ArrayMaxSize, IsDate, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import { ActivityFilter } from '../activity/activity.inputs';
import { ContactFilter } from '../contact/contact.inputs';
import { DocumentFilter } from '../document/document.inputs';
import { NeedFilter } from '../need/need.inputs';
import { OrganizationFilter } from '../organization/organization.inputs';
import { ProjectFilter } from '../project/project.inputs';
import { OpportunityFilter } from '../opportunity/opportunity.inputs';
import { ProjectTaskFilter } from '../project-work/project-work.inputs';

export const MAX_DIMENSIONS = 3;
export const MAX_MEASURES = 5;
const DEFAULT_ROW_LIMIT = 1_000;
const MAX_ROW_LIMIT = 10_000;

export enum ReportKind {
  ORGANIZATION = 'ORGANIZATION',
  CONTACT = 'CONTACT',
  PROJECT = 'PROJECT',
  ACTIVITY = 'ACTIVITY',
  DOCUMENT = 'DOCUMENT',
  NEED = 'NEED',
  PROJECT_TASK = 'PROJECT_TASK',
  OPPORTUNITY = 'OPPORTUNITY',
  STAGE_ENTRY = 'STAGE_ENTRY',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'The kind of record a report counts.',
  valuesConfig: {
    ORGANIZATION: { description: 'Organizations.' },
    CONTACT: { description: 'Contacts.' },
    PROJECT: { description: 'Projects.' },
    ACTIVITY: { description: 'Activities.' },
    DOCUMENT: { description: 'Documents.' },
    NEED: { description: 'Needs.' },
    PROJECT_TASK: { description: 'Tasks of projects.' },
    OPPORTUNITY: { description: 'Opportunities, where they stand now.' },
    STAGE_ENTRY: {
      description:
        'The stages opportunities entered, once per opportunity and stage (grouped by `stage` always): funnels, conversion and time in stage. Drills into `opportunities` with the `entered` filter.',
    },
  },
});

export enum DateBucket {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
}
describedEnum(
  DateBucket,
  'DateBucket',
  'How a date is grouped: by day, ISO week (from Monday), month, quarter or year, in the time zone of the spec.',
);

export enum ReportFunction {
  COUNT = 'COUNT',
  COUNT_DISTINCT = 'COUNT_DISTINCT',
  SUM = 'SUM',
  AVG = 'AVG',
  MIN = 'MIN',
  MAX = 'MAX',
  MEDIAN = 'MEDIAN',
}
describedEnum(
  ReportFunction,
  'ReportFunction',
  'COUNT: records; COUNT_DISTINCT: distinct values of a field; SUM, AVG over a number field; MIN, MAX over a number or date field (dates as milliseconds since 1970); MEDIAN over a number field.',
);

@InputType({ description: 'One way of grouping: a field (`kind`, `team`, `organization.country` …), dates bucketed.' })
export class ReportDimensionInput {
  @Field({ description: 'A field of the kind, as `reportFields` lists them.' })
  @MaxLength(60)
  field: string;

  @Field(() => DateBucket, { nullable: true, description: 'For a date field: its bucket (MONTH when not given).' })
  @IsOptional()
  bucket?: DateBucket;
}

@InputType({ description: 'One figure computed for each group.' })
export class ReportMeasureInput {
  @Field(() => ReportFunction, { description: 'What to compute.' })
  function: ReportFunction;

  @Field({ nullable: true, description: 'The field it is computed over (none for COUNT).' })
  @IsOptional()
  @MaxLength(60)
  field?: string;

  @Field({
    nullable: true,
    description: 'Divided by the number of members of the group’s team (needs a `team` dimension).',
  })
  @IsOptional()
  perTeamMember?: boolean;

  @Field(() => Float, { nullable: true, description: 'Keep only groups where this figure is at least this.' })
  @IsOptional()
  minimum?: number;
}

@InputType({ description: 'The time a report covers, on one of the kind’s date fields: [from, to).' })
export class ReportPeriodInput {
  @Field({ description: 'The date field: `createdAt`, `happensAt` …' })
  @MaxLength(60)
  field: string;

  @Field(() => Date, { description: 'From this time, included.' })
  @IsDate()
  from: Date;

  @Field(() => Date, { description: 'To this time, excluded.' })
  @IsDate()
  to: Date;

  @Field({
    defaultValue: false,
    description: 'Also compute each figure over the period just before, of the same length.',
  })
  compareWithPrevious: boolean;
}

@InputType({ description: 'Sort by a dimension or by a measure (give one index).' })
export class ReportOrderInput {
  @Field(() => Int, { nullable: true, description: 'The index of the dimension in `groupBy`.' })
  @IsOptional()
  @IsInt()
  dimension?: number;

  @Field(() => Int, { nullable: true, description: 'The index of the measure in `measures`.' })
  @IsOptional()
  @IsInt()
  measure?: number;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}

@InputType({
  description:
    'A report as data: what to count, which records (the filter of the kind’s list, the one matching `kind`), grouped how, measured how. The server compiles it to one statement with your visibility.',
})
export class ReportSpecInput {
  @Field(() => ReportKind, { description: 'The kind of record counted.' })
  kind: ReportKind;

  @Field(() => OrganizationFilter, { nullable: true, description: 'Which organizations (kind ORGANIZATION).' })
  @IsOptional()
  @ValidateNested()
  organizationFilter?: OrganizationFilter;

  @Field(() => ContactFilter, { nullable: true, description: 'Which contacts (kind CONTACT).' })
  @IsOptional()
  @ValidateNested()
  contactFilter?: ContactFilter;

  @Field(() => ProjectFilter, { nullable: true, description: 'Which projects (kind PROJECT).' })
  @IsOptional()
  @ValidateNested()
  projectFilter?: ProjectFilter;

  @Field(() => ActivityFilter, { nullable: true, description: 'Which activities (kind ACTIVITY).' })
  @IsOptional()
  @ValidateNested()
  activityFilter?: ActivityFilter;

  @Field(() => DocumentFilter, { nullable: true, description: 'Which documents (kind DOCUMENT).' })
  @IsOptional()
  @ValidateNested()
  documentFilter?: DocumentFilter;

  @Field(() => NeedFilter, { nullable: true, description: 'Which needs (kind NEED).' })
  @IsOptional()
  @ValidateNested()
  needFilter?: NeedFilter;

  @Field(() => ProjectTaskFilter, { nullable: true, description: 'Which project tasks (kind PROJECT_TASK).' })
  @IsOptional()
  @ValidateNested()
  projectTaskFilter?: ProjectTaskFilter;

  @Field(() => OpportunityFilter, {
    nullable: true,
    description: 'Which opportunities (kinds OPPORTUNITY and STAGE_ENTRY).',
  })
  @IsOptional()
  @ValidateNested()
  opportunityFilter?: OpportunityFilter;

  @Field(() => [ReportDimensionInput], {
    defaultValue: [],
    description: `Up to ${MAX_DIMENSIONS} groupings; none gives one row for all the records.`,
  })
  @ValidateNested()
  groupBy: ReportDimensionInput[];

  @Field(() => [ReportMeasureInput], {
    nullable: true,
    description: `Up to ${MAX_MEASURES} figures per group; COUNT when not given.`,
  })
  @IsOptional()
  @ValidateNested()
  measures?: ReportMeasureInput[];

  @Field(() => ReportPeriodInput, { nullable: true, description: 'The time covered, and whether to compare.' })
  @IsOptional()
  @ValidateNested()
  period?: ReportPeriodInput;

  @Field({ defaultValue: 'UTC', description: 'The IANA time zone date buckets are cut in (Europe/Amsterdam).' })
  @MaxLength(60)
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'The index of the dimension spread as columns (a pivot table).' })
  @IsOptional()
  @IsInt()
  pivot?: number;

  @Field(() => [ReportOrderInput], {
    nullable: true,
    description: 'How rows are sorted; by the dimensions when not given.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_DIMENSIONS + MAX_MEASURES)
  @ValidateNested()
  orderBy?: ReportOrderInput[];

  @Field(() => Int, {
    defaultValue: DEFAULT_ROW_LIMIT,
    description: `Rows at most (${MAX_ROW_LIMIT} at most); \`truncated\` says when there were more.`,
  })
  @Min(1)
  @Max(MAX_ROW_LIMIT)
  limit: number;
}

/** The filter input field of each kind in the spec. */
export const FILTER_OF_KIND: Record<ReportKind, keyof ReportSpecInput> = {
  ORGANIZATION: 'organizationFilter',
  CONTACT: 'contactFilter',
  PROJECT: 'projectFilter',
  ACTIVITY: 'activityFilter',
  DOCUMENT: 'documentFilter',
  NEED: 'needFilter',
  PROJECT_TASK: 'projectTaskFilter',
  OPPORTUNITY: 'opportunityFilter',
  STAGE_ENTRY: 'opportunityFilter',
};
