import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MILESTONE_STATUSES, MilestoneStatusEnum, type MilestoneStatus } from './milestone.entity';
import { TASK_STATUSES, TaskStatusEnum, type TaskStatus } from './project-task.entity';

const BLANK_MESSAGE = { message: 'title must not be blank' };

@InputType({ description: 'A new task of a project.' })
export class CreateProjectTaskInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId: string;

  @Field({ description: 'What is to be done.' })
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Where it stands; OPEN when not given.' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'The user who is to do it.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

@InputType({ description: 'Changes to a project task: only the fields given change.' })
export class UpdateProjectTaskInput {
  @Field(() => ID, { description: 'The task.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'What is to be done.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Where it stands.' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'The user who is to do it.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

@InputType({ description: 'A new milestone of a project.' })
export class CreateMilestoneInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId: string;

  @Field({ description: 'What is to be reached.' })
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'When it is due.' })
  dueDate: string;

  @Field(() => MilestoneStatusEnum, { nullable: true, description: 'Where it stands; PLANNED when not given.' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was reached.' })
  @IsOptional()
  reachedOn?: string | null;
}

@InputType({ description: 'Changes to a milestone: only the fields given change.' })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: 'The milestone.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'What is to be reached.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  dueDate?: string;

  @Field(() => MilestoneStatusEnum, { nullable: true, description: 'Where it stands.' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was reached.' })
  @IsOptional()
  reachedOn?: string | null;
}

@InputType({ description: 'Which project tasks to list: every given condition holds.' })
export class ProjectTaskFilter {
  @Field(() => [TaskStatusEnum], { nullable: true, description: 'Only in any of these statuses.' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { each: true })
  statuses?: TaskStatus[];

  @Field({ nullable: true, description: 'true: still to do (OPEN or IN_PROGRESS); false: DONE or CANCELLED.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field({ nullable: true, description: 'true: still to do and due before today; false: the others.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Only assigned to any of these users.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  assigneeIds?: string[];

  @Field({ nullable: true, description: 'true: assigned to nobody; false: assigned to someone.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Only of projects of any of these teams.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  teamIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only of projects carrying any of these tags.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  tagIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only of any of these projects.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  projectIds?: string[];
}
