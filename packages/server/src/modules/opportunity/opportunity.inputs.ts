import { GraphQLLocalDate } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VISIBILITIES } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SortDirection } from '../../core/graphql/enums';
import { STAGE_KINDS, StageKindEnum, type StageKind } from '../pipeline/pipeline-stage.entity';
import { RecordFilter } from '../shared/record-filter';

const COUNTRY = /^[A-Z]{2}$/;

@InputType({ description: 'A new opportunity, of an organization and/or a project, in a pipeline.' })
export class CreateOpportunityInput {
  @Field({ description: 'What is being pursued, in a few words.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @Field(() => ID, { description: 'The pipeline it moves through.' })
  @IsUUID()
  pipelineId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Its stage, one of the pipeline’s; its first open stage when not given.',
  })
  @IsOptional()
  @IsUUID()
  stageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization being brought on board.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project being brought on board.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => Float, { nullable: true, description: 'What it is expected to bring, in the pipeline’s unit.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  expectedValue?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is expected to close.' })
  @IsOptional()
  expectedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What is to be done next.' })
  @IsOptional()
  @MaxLength(2000)
  nextStep?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was lost, at a LOST stage.' })
  @IsOptional()
  @MaxLength(2000)
  lostReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; EVERYONE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;
}

@InputType({ description: 'Changes to an opportunity: only the fields given change; every stage change is recorded.' })
export class UpdateOpportunityInput {
  @Field(() => ID, { description: 'The opportunity.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'What is being pursued.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Another pipeline; with no stageId it goes to that pipeline’s first open stage.',
  })
  @IsOptional()
  @IsUUID()
  pipelineId?: string;

  @Field(() => ID, { nullable: true, description: 'Its stage, one of its (new) pipeline’s.' })
  @IsOptional()
  @IsUUID()
  stageId?: string;

  @Field(() => String, { nullable: true, description: 'Why the stage changes, kept in the stage history.' })
  @IsOptional()
  @MaxLength(2000)
  stageChangeReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization; null removes it.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project; null removes it.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => Float, { nullable: true, description: 'What it is expected to bring; null removes it.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  expectedValue?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is expected to close.' })
  @IsOptional()
  expectedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What is to be done next.' })
  @IsOptional()
  @MaxLength(2000)
  nextStep?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was lost.' })
  @IsOptional()
  @MaxLength(2000)
  lostReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;
}

@InputType({ description: 'An opportunity to move to another stage of its pipeline.' })
export class MoveOpportunityInput {
  @Field(() => ID, { description: 'The opportunity.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ID, { description: 'The stage to move it to, of its pipeline.' })
  @IsUUID()
  stageId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, kept in the stage history (and as lost reason at a LOST stage).',
  })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType({
  description:
    'Opportunities that entered a stage: the first time they entered it falls in [from, to) (each bound optional).',
})
export class StageEntryFilter {
  @Field(() => ID, { nullable: true, description: 'A stage of this pipeline.' })
  @IsOptional()
  @IsUUID()
  pipelineId?: string;

  @Field(() => [ID], { nullable: true, description: 'Any of these stages.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  stageIds?: string[];

  @Field({ nullable: true, description: 'First entered at or after this time.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'First entered before this time.' })
  @IsOptional()
  to?: Date;
}

@InputType({ description: 'Which opportunities to list.' })
export class OpportunityFilter extends RecordFilter {
  @Field(() => ID, { nullable: true, description: 'In this pipeline.' })
  @IsOptional()
  @IsUUID()
  pipelineId?: string;

  @Field(() => [ID], { nullable: true, description: 'At any of these stages.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  stageIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Of this organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => [String], { nullable: true, description: 'Of organizations in any of these countries.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: 'countries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  countries?: string[];

  @Field(() => [StageKindEnum], { nullable: true, description: 'At a stage of any of these kinds (OPEN, WON, LOST).' })
  @IsOptional()
  @IsIn(STAGE_KINDS, { each: true })
  stageKinds?: StageKind[];

  @Field(() => [String], { nullable: true, description: 'Lost for any of these reasons, word for word.' })
  @IsOptional()
  @MaxLength(2000, { each: true })
  @ArrayMaxSize(100)
  lostReasons?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Expected to close on or after this day.' })
  @IsOptional()
  expectedAfter?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Expected to close before this day.' })
  @IsOptional()
  expectedBefore?: string;

  @Field(() => StageEntryFilter, {
    nullable: true,
    description: 'Having entered a stage (of a pipeline, among some, in a time range): what funnels drill into.',
  })
  @IsOptional()
  @ValidateNested()
  entered?: StageEntryFilter;
}

export enum OpportunityOrderField {
  STAGE = 'stage',
  TITLE = 'title',
  EXPECTED_VALUE = 'expectedValue',
  EXPECTED_DATE = 'expectedDate',
  STAGE_ENTERED_AT = 'stageEnteredAt',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(OpportunityOrderField, {
  name: 'OpportunityOrderField',
  description: 'What to sort opportunities by.',
  valuesConfig: {
    STAGE: { description: 'The order of their stages in their pipeline.' },
    TITLE: { description: 'Their title, regardless of case.' },
    EXPECTED_VALUE: { description: 'Their expected value; those without last.' },
    EXPECTED_DATE: { description: 'When they are expected to close; those without last.' },
    STAGE_ENTERED_AT: { description: 'When they entered their stage.' },
    CREATED_AT: { description: 'When they were recorded.' },
    UPDATED_AT: { description: 'When they were last changed.' },
  },
});

@InputType({ description: 'How to sort opportunities.' })
export class OpportunityOrder {
  @Field(() => OpportunityOrderField, { description: 'The field to sort by.' })
  field: OpportunityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
