import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import { DOCUMENT_KINDS, DocumentKindEnum, type DocumentKind } from './document.entity';

const ids = { each: true } as const;
const BODY_MAX = 1_000_000;

@InputType({ description: 'The records to attach a document to, by kind.' })
export class DocumentTargetsInput {
  @Field(() => [ID], { nullable: true, description: 'Organizations.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  organizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Contacts.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  contactIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Projects.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  projectIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Activities.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  activityIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Needs.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  needIds?: string[];
}

@InputType({ description: 'A new document; its file is uploaded afterwards, to `file.url`.' })
export class CreateDocumentInput {
  @Field({ description: 'Its title.' })
  @Length(1, 500)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @Field(() => DocumentKindEnum, { nullable: true, description: 'What sort of document; OTHER when not given.' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @Field({ nullable: true, description: 'The text, in Markdown.' })
  @IsOptional()
  @MaxLength(BODY_MAX)
  body?: string;

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

  @Field(() => DocumentTargetsInput, { nullable: true, description: 'The records to attach it to.' })
  @IsOptional()
  @ValidateNested()
  attachTo?: DocumentTargetsInput;
}

@InputType({ description: 'Changes to a document: only the fields given change.' })
export class UpdateDocumentInput {
  @Field(() => ID, { description: 'The document.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Its title.' })
  @IsOptional()
  @Length(1, 500)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @Field(() => DocumentKindEnum, { nullable: true, description: 'What sort of document.' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @Field({ nullable: true, description: 'The text, in Markdown.' })
  @IsOptional()
  @MaxLength(BODY_MAX)
  body?: string;

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

@InputType({ description: 'A document and exactly one record to attach it to.' })
export class AttachDocumentInput {
  @Field(() => ID, { description: 'The document.' })
  @IsUUID()
  documentId: string;

  @Field(() => ID, { nullable: true, description: 'An organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'A contact.' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => ID, { nullable: true, description: 'A project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'An activity.' })
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @Field(() => ID, { nullable: true, description: 'A need.' })
  @IsOptional()
  @IsUUID()
  needId?: string;
}

@InputType({ description: 'Which attachment of a document to remove.' })
export class DetachDocumentInput {
  @Field(() => ID, { description: 'The attachment (DocumentLink.id).' })
  @IsUUID()
  id: string;
}

@InputType({ description: 'Documents attached to a record: give one of the ids.' })
export class AttachedToFilter {
  @Field(() => ID, { nullable: true, description: 'Attached to this organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Attached to this contact.' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => ID, { nullable: true, description: 'Attached to this project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'Attached to this activity.' })
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @Field(() => ID, { nullable: true, description: 'Attached to this need.' })
  @IsOptional()
  @IsUUID()
  needId?: string;
}

@InputType({ description: 'Which documents to list; `text` searches the title and the body.' })
export class DocumentFilter extends RecordFilter {
  @Field(() => [DocumentKindEnum], { nullable: true, description: 'Of any of these kinds.' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS, { each: true })
  kinds?: DocumentKind[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'With this visibility.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => AttachedToFilter, { nullable: true, description: 'Attached to this record.' })
  @IsOptional()
  @ValidateNested()
  attachedTo?: AttachedToFilter;
}

export enum DocumentOrderField {
  TITLE = 'title',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
describedEnum(DocumentOrderField, 'DocumentOrderField', 'What to sort documents by; newest first when not given.');

@InputType({ description: 'How to sort documents.' })
export class DocumentOrder {
  @Field(() => DocumentOrderField, { description: 'The field to sort by.' })
  field: DocumentOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
