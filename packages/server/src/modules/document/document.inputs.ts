import { IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import type { AnyRecordKind } from '../shared/domain-module';
import { addIdInput, addIdsInput, capitalized, withArticle } from '../shared/link-fields';
import { RecordFilter } from '../shared/record-filter';
import { kindLabel, kindPlural, linkField } from '../shared/record-kind';
import { DOCUMENT_KINDS, DocumentKindEnum, type DocumentKind } from './document.entity';

const BODY_MAX = 1_000_000;

@InputType({ description: 'The records to attach a document to, by kind.' })
export class DocumentTargetsInput {
  /** One list of ids per kind documents can be attached to (`organizationIds`): see `addAttachedKindInputs`. */
  [field: `${string}Ids`]: string[] | undefined;
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

  /** One id per kind documents can be attached to (`organizationId`): see `addAttachedKindInputs`. */
  [field: `${string}Id`]: string | undefined;
}

@InputType({ description: 'Which attachment of a document to remove.' })
export class DetachDocumentInput {
  @Field(() => ID, { description: 'The attachment (DocumentLink.id).' })
  @IsUUID()
  id: string;
}

@InputType({ description: 'Documents attached to a record: give one of the ids.' })
export class AttachedToFilter {
  /** One id per kind documents can be attached to (`organizationId`): see `addAttachedKindInputs`. */
  [field: `${string}Id`]: string | undefined;
}

/** The fields that name each kind documents can be attached to, in the inputs that attach them and the filter. */
export function addAttachedKindInputs(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) {
    const label = kindLabel(kind);
    addIdsInput(DocumentTargetsInput, `${linkField(kind)}s`, `${capitalized(kindPlural(kind))}.`);
    addIdInput(AttachDocumentInput, linkField(kind), `${capitalized(withArticle(label))}.`);
    addIdInput(AttachedToFilter, linkField(kind), `Attached to this ${label}.`);
  }
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
