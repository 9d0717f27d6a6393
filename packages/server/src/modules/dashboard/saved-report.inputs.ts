import { IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { ReportKind, ReportSpecInput } from '../report/report.inputs';
import { REPORT_CHARTS, ReportChartEnum, type ReportChart } from './saved-report.entity';

@InputType({ description: 'A new saved report, owned by you.' })
export class CreateSavedReportInput {
  @Field({ description: 'Its name.' })
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ReportSpecInput, {
    description: 'The spec, checked as `report(spec:)` checks it: one it would refuse is not saved.',
  })
  @ValidateNested()
  spec: ReportSpecInput;

  @Field(() => ReportChartEnum, { nullable: true, description: 'The chart that shows it; TABLE when not given.' })
  @IsOptional()
  @IsIn(REPORT_CHARTS)
  chart?: ReportChart;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PRIVATE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours); needed for TEAM.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to a saved report: only the fields given change.' })
export class UpdateSavedReportInput {
  @Field(() => ID, { description: 'The saved report.' })
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

  @Field(() => String, { nullable: true, description: 'What it shows; null to remove.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ReportSpecInput, { nullable: true, description: 'The spec, checked as `report(spec:)` checks it.' })
  @IsOptional()
  @ValidateNested()
  spec?: ReportSpecInput;

  @Field(() => ReportChartEnum, { nullable: true, description: 'The chart that shows it.' })
  @IsOptional()
  @IsIn(REPORT_CHARTS)
  chart?: ReportChart;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Which saved reports to list.' })
export class SavedReportFilter {
  @Field(() => ReportKind, { nullable: true, description: 'Only the reports that count this kind of record.' })
  @IsOptional()
  kind?: ReportKind;

  @Field({ nullable: true, description: 'Only yours (true) or only others’ (false).' })
  @IsOptional()
  mine?: boolean;
}
