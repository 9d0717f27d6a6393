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
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import { ORGANIZATION_KINDS, OrganizationKindEnum, type OrganizationKind } from '../organization/organization.entity';
import {
  NEED_CATEGORIES,
  NEED_PRIORITIES,
  NEED_STATUSES,
  NeedCategoryEnum,
  NeedPriorityEnum,
  NeedStatusEnum,
  type NeedCategory,
  type NeedPriority,
  type NeedStatus,
} from './need.entity';

const COUNTRY = /^[A-Z]{2}$/;

@InputType({ description: 'A new need, of an organization or of a project (exactly one of them).' })
export class CreateNeedInput {
  @Field({ description: 'What is needed, in a few words.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @Field(() => NeedCategoryEnum, { description: 'What sort of need.' })
  @IsIn(NEED_CATEGORIES)
  category: NeedCategory;

  @Field(() => String, { nullable: true, description: 'The need in detail (markdown).' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => NeedPriorityEnum, { nullable: true, description: 'How pressing it is; MEDIUM when not given.' })
  @IsOptional()
  @IsIn(NEED_PRIORITIES)
  priority?: NeedPriority;

  @Field(() => NeedStatusEnum, { nullable: true, description: 'Where it stands; IDENTIFIED when not given.' })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @Field(() => String, { nullable: true, description: 'Where we learnt of it.' })
  @IsOptional()
  @MaxLength(500)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that has the need (or give projectId).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project that has the need (or give organizationId).' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to a need: only the fields given change; every status change is recorded.' })
export class UpdateNeedInput {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'What is needed, in a few words.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @Field(() => NeedCategoryEnum, { nullable: true, description: 'What sort of need.' })
  @IsOptional()
  @IsIn(NEED_CATEGORIES)
  category?: NeedCategory;

  @Field(() => String, { nullable: true, description: 'The need in detail (markdown); null empties it.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => NeedPriorityEnum, { nullable: true, description: 'How pressing it is.' })
  @IsOptional()
  @IsIn(NEED_PRIORITIES)
  priority?: NeedPriority;

  @Field(() => NeedStatusEnum, { nullable: true, description: 'Where it stands; any status may follow any other.' })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @Field(() => String, { nullable: true, description: 'Where we learnt of it.' })
  @IsOptional()
  @MaxLength(500)
  source?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization; moving to a project needs `organizationId: null`.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project; moving to an organization needs `projectId: null`.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Which needs to list.' })
export class NeedFilter extends RecordFilter {
  @Field(() => [NeedCategoryEnum], { nullable: true, description: 'Of any of these categories.' })
  @IsOptional()
  @IsIn(NEED_CATEGORIES, { each: true })
  categories?: NeedCategory[];

  @Field(() => [NeedPriorityEnum], { nullable: true, description: 'Of any of these priorities.' })
  @IsOptional()
  @IsIn(NEED_PRIORITIES, { each: true })
  priorities?: NeedPriority[];

  @Field(() => [NeedStatusEnum], { nullable: true, description: 'In any of these statuses.' })
  @IsOptional()
  @IsIn(NEED_STATUSES, { each: true })
  statuses?: NeedStatus[];

  @Field(() => ID, { nullable: true, description: 'Needs of this organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Needs of this project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => [String], { nullable: true, description: 'Needs of organizations in any of these countries.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: 'countries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  countries?: string[];

  @Field({
    nullable: true,
    description: 'true: still to be met (IDENTIFIED or BEING_ADDRESSED); false: FULFILLED or NOT_PURSUED.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => [OrganizationKindEnum], { nullable: true, description: 'Needs of organizations of any of these kinds.' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  organizationKinds?: OrganizationKind[];
}

export enum NeedOrderField {
  PRIORITY = 'priority',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  TITLE = 'title',
}
registerEnumType(NeedOrderField, {
  name: 'NeedOrderField',
  description: 'What to sort needs by.',
  valuesConfig: {
    PRIORITY: { description: 'Most pressing first when ascending: CRITICAL, HIGH, MEDIUM, LOW.' },
    STATUS: { description: 'In the order of the life of a need: IDENTIFIED, BEING_ADDRESSED, FULFILLED, NOT_PURSUED.' },
    CREATED_AT: { description: 'When it was recorded.' },
    UPDATED_AT: { description: 'When it was last changed.' },
    TITLE: { description: 'Its title, regardless of case.' },
  },
});

@InputType({ description: 'How to sort needs.' })
export class NeedOrder {
  @Field(() => NeedOrderField, { description: 'The field to sort by.' })
  field: NeedOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
