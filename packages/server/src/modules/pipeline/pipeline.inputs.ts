import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { STAGE_KINDS, StageKindEnum, type StageKind } from './pipeline-stage.entity';
import { VALUE_UNITS, ValueUnitEnum, type ValueUnit } from './pipeline.entity';

const CURRENCY = /^[A-Z]{3}$/;

@InputType({ description: 'A stage of a pipeline: its name, kind, probability and rotting age.' })
export class PipelineStageInput {
  @Field({ description: 'Its name.' })
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => StageKindEnum, { nullable: true, description: 'OPEN (when not given), WON or LOST.' })
  @IsOptional()
  @IsIn(STAGE_KINDS)
  kind?: StageKind;

  @Field(() => Int, { nullable: true, description: 'The chance, in percent, that an opportunity here is won.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @Field(() => Int, { nullable: true, description: 'After how many days here an opportunity is rotting.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  rottingDays?: number | null;
}

@InputType({ description: 'A new pipeline with its stages in order.' })
export class CreatePipelineInput {
  @Field({ description: 'Its name, unique regardless of case.' })
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => ValueUnitEnum, { nullable: true, description: 'What expected values count; PEOPLE when not given.' })
  @IsOptional()
  @IsIn(VALUE_UNITS)
  valueUnit?: ValueUnit;

  @Field(() => String, { nullable: true, description: 'The ISO 4217 currency of MONEY values.' })
  @IsOptional()
  @Matches(CURRENCY, { message: 'currency must be a three-letter ISO 4217 code in capitals' })
  currency?: string | null;

  @Field(() => [PipelineStageInput], { description: 'Its stages, in order: at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  stages: PipelineStageInput[];
}

@InputType({ description: 'Changes to a pipeline: only the fields given change.' })
export class UpdatePipelineInput {
  @Field(() => ID, { description: 'The pipeline.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Its new name.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => ValueUnitEnum, { nullable: true, description: 'What expected values count.' })
  @IsOptional()
  @IsIn(VALUE_UNITS)
  valueUnit?: ValueUnit;

  @Field(() => String, { nullable: true, description: 'The currency of MONEY values; null removes it.' })
  @IsOptional()
  @Matches(CURRENCY, { message: 'currency must be a three-letter ISO 4217 code in capitals' })
  currency?: string | null;
}

@InputType({ description: 'A stage to add to a pipeline.' })
export class AddPipelineStageInput extends PipelineStageInput {
  @Field(() => ID, { description: 'The pipeline.' })
  @IsUUID()
  pipelineId: string;

  @Field(() => Int, { nullable: true, description: 'Its place, from 0; last when not given.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}

@InputType({ description: 'Changes to a stage: only the fields given change; null clears probability or rotting age.' })
export class UpdatePipelineStageInput {
  @Field(() => ID, { description: 'The stage.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Its new name.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => StageKindEnum, { nullable: true, description: 'OPEN, WON or LOST.' })
  @IsOptional()
  @IsIn(STAGE_KINDS)
  kind?: StageKind;

  @Field(() => Int, { nullable: true, description: 'The chance, in percent, of winning from here.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @Field(() => Int, { nullable: true, description: 'After how many days here an opportunity is rotting.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  rottingDays?: number | null;
}

@InputType({ description: 'The new order of a pipeline’s stages: every present stage, once.' })
export class ReorderPipelineStagesInput {
  @Field(() => ID, { description: 'The pipeline.' })
  @IsUUID()
  pipelineId: string;

  @Field(() => [ID], { description: 'Its stages in their new order.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  stageIds: string[];
}

@InputType({ description: 'A stage to remove; the opportunities at it move to another stage of the pipeline.' })
export class RemovePipelineStageInput {
  @Field(() => ID, { description: 'The stage.' })
  @IsUUID()
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where its opportunities (trashed ones too) go; needed when it holds any.',
  })
  @IsOptional()
  @IsUUID()
  moveToStageId?: string | null;
}
