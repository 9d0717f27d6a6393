import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import type { AnyRecordKind } from '../shared/domain-module';
import { addIdInput } from '../shared/link-fields';
import { RecordFilter } from '../shared/record-filter';
import { kindLabel, linkField } from '../shared/record-kind';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  ActivityKindEnum,
  ActivityStatusEnum,
  type ActivityKind,
  type ActivityStatus,
} from './activity.entity';
import { ActivityConcernsInput } from './activity-link.inputs';

/** A date that must not be before another field of the same input, when both are given. */
function NotBefore(other: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'notBefore',
      target: object.constructor,
      propertyName,
      options: { message: `must not be before ${other}`, ...options },
      validator: {
        validate(value: unknown, args) {
          const start = (args?.object as Record<string, unknown> | undefined)?.[other];
          return !(value instanceof Date && start instanceof Date) || value >= start;
        },
      },
    });
}

@InputType({ description: 'A to-do that follows an activity: planned, concerning the same records.' })
export class FollowUpTodoInput {
  @Field({ description: 'What is to be done, in one line.' })
  @Length(1, 500)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject: string;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who is to do it; the owner of the activity when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}

@InputType({ description: 'A new activity, with its participants and what it concerns.' })
export class CreateActivityInput {
  @Field(() => ActivityKindEnum, { description: 'What sort of activity.' })
  @IsIn(ACTIVITY_KINDS)
  kind: ActivityKind;

  @Field({ description: 'What it is about, in one line.' })
  @Length(1, 500)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Details: agenda, what was said.' })
  @IsOptional()
  @MaxLength(50000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What came out of it.' })
  @IsOptional()
  @MaxLength(50000)
  outcome?: string | null;

  @Field(() => ActivityStatusEnum, { nullable: true, description: 'PLANNED when not given.' })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @Field(() => Date, { nullable: true, description: 'When it starts.' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends; not before it starts.' })
  @IsOptional()
  @IsDate()
  @NotBefore('startsAt')
  endsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  @IsOptional()
  @MaxLength(500)
  location?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; EVERYONE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Contacts who take part.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  participantContactIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Users (staff) who take part.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  participantUserIds?: string[];

  @Field(() => ActivityConcernsInput, { nullable: true, description: 'The records it concerns.' })
  @IsOptional()
  @ValidateNested()
  concerns?: ActivityConcernsInput;

  @Field(() => FollowUpTodoInput, {
    nullable: true,
    description: 'A to-do created with it, with the same visibility, team and concerned records.',
  })
  @IsOptional()
  @ValidateNested()
  followUp?: FollowUpTodoInput | null;
}

@InputType({ description: 'Changes to an activity: only the fields given change.' })
export class UpdateActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ActivityKindEnum, { nullable: true, description: 'What sort of activity.' })
  @IsOptional()
  @IsIn(ACTIVITY_KINDS)
  kind?: ActivityKind;

  @Field({ nullable: true, description: 'What it is about, in one line.' })
  @IsOptional()
  @Length(1, 500)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject?: string;

  @Field(() => String, { nullable: true, description: 'Details: agenda, what was said.' })
  @IsOptional()
  @MaxLength(50000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What came out of it.' })
  @IsOptional()
  @MaxLength(50000)
  outcome?: string | null;

  @Field(() => ActivityStatusEnum, { nullable: true, description: 'Planned, done or cancelled.' })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @Field(() => Date, { nullable: true, description: 'When it starts.' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends; not before it starts.' })
  @IsOptional()
  @IsDate()
  @NotBefore('startsAt')
  endsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  @IsOptional()
  @MaxLength(500)
  location?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Activities concerning a record: give one of the ids.' })
export class ConcerningFilter {
  /** One id per kind activities can concern (`organizationId`): see `addConcerningFilterFields`. */
  [field: `${string}Id`]: string | undefined;
}

/**
 * The `concerning` filter's field of each kind activities can concern; a kind with participations
 * (contacts) finds the activities it takes part in too.
 */
export function addConcerningFilterFields(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) {
    const label = kindLabel(kind);
    const taking = kind.timeline?.participations ? `, or with this ${label} taking part` : '';
    addIdInput(ConcerningFilter, linkField(kind), `Linked to this ${label}${taking}.`);
  }
}

@InputType({ description: 'Which activities to list.' })
export class ActivityFilter extends RecordFilter {
  @Field(() => [ActivityKindEnum], { nullable: true, description: 'Of any of these kinds.' })
  @IsOptional()
  @IsIn(ACTIVITY_KINDS, { each: true })
  kinds?: ActivityKind[];

  @Field(() => [ActivityStatusEnum], { nullable: true, description: 'In any of these statuses.' })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES, { each: true })
  statuses?: ActivityStatus[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'With this visibility.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => Date, { nullable: true, description: 'Starting (or, without a start, due) at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Starting (or, without a start, due) before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ nullable: true, description: 'Only those you own or take part in.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({
    nullable: true,
    description:
      'Only those of your teams: belonging to one of them, or owned or taken part in by one of their members or you.',
  })
  @IsOptional()
  @IsBoolean()
  myTeams?: boolean;

  @Field({ nullable: true, description: 'Only planned ones whose due (or start) time has passed.' })
  @IsOptional()
  @IsBoolean()
  openAndOverdue?: boolean;

  @Field(() => ConcerningFilter, { nullable: true, description: 'Concerning this record.' })
  @IsOptional()
  @ValidateNested()
  concerning?: ConcerningFilter;

  @Field(() => ID, { nullable: true, description: 'With this user taking part.' })
  @IsOptional()
  @IsUUID()
  participantUserId?: string;

  @Field({
    nullable: true,
    description: 'true: planned with its due (or start) time passed; false: done, cancelled or not yet due.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'Concerning some live organization in any of these countries.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'concerningCountries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  concerningCountries?: string[];
}

export enum ActivityOrderField {
  STARTS_AT = 'startsAt',
  DUE_AT = 'dueAt',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  SUBJECT = 'subject',
}
describedEnum(
  ActivityOrderField,
  'ActivityOrderField',
  'What to sort activities by; without an order, newest first by start, due or creation time.',
);

@InputType({ description: 'How to sort activities.' })
export class ActivityOrder {
  @Field(() => ActivityOrderField, { description: 'The field to sort by.' })
  field: ActivityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
