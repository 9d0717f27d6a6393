import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  IMPORT_KINDS,
  ImportKindEnum,
  ON_DUPLICATE,
  OnDuplicateEnum,
  type ImportKind,
  type ImportMapping,
  type OnDuplicate,
} from './import-job.entity';

/** The largest file accepted inline as `content`; larger ones go through the upload route. */
const MAX_INLINE_CONTENT = 1_000_000;

@InputType()
abstract class ImportSourceInput {
  @Field(() => ID, { nullable: true, description: 'A file uploaded with PUT /files/imports (for large files).' })
  @IsOptional()
  @IsUUID()
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: "The file's text, for files up to about 1 MB." })
  @IsOptional()
  @MaxLength(MAX_INLINE_CONTENT)
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the file given as content.' })
  @IsOptional()
  @MaxLength(255)
  @Matches(/\S/, { message: 'fileName must not be blank' })
  fileName?: string | null;

  @Field(() => ImportKindEnum, { description: 'What the file holds.' })
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Which column goes to which field (`{ "Account Name": "name" }`, null to leave a column out); suggested when not given.',
  })
  @IsOptional()
  mapping?: ImportMapping | null;
}

@InputType({ description: 'A file to look at before importing it.' })
export class PreviewImportInput extends ImportSourceInput {
  @Field(() => OnDuplicateEnum, {
    nullable: true,
    description: 'What to do with rows matching a record, for the outcome of each row; SKIP when not given.',
  })
  @IsOptional()
  @IsIn(ON_DUPLICATE)
  onDuplicate?: OnDuplicate | null;

  @Field(() => String, { nullable: true, description: "The system the file's external ids come from." })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[\w.-]+$/, { message: 'source must be letters, digits, dots, dashes or underscores' })
  source?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many rows to show; 20 when not given, at most 200.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  rows?: number | null;
}

@InputType({ description: 'A file to import.' })
export class StartImportInput extends ImportSourceInput {
  @Field(() => OnDuplicateEnum, {
    nullable: true,
    description: 'What to do with rows matching a record; SKIP when not given.',
  })
  @IsOptional()
  @IsIn(ON_DUPLICATE)
  onDuplicate?: OnDuplicate | null;

  @Field(() => Boolean, { nullable: true, description: 'Only count what the import would do.' })
  @IsOptional()
  dryRun?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The system the file's external ids come from; detected from its columns when not given (vtiger, csv).",
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[\w.-]+$/, { message: 'source must be letters, digits, dots, dashes or underscores' })
  source?: string | null;
}
