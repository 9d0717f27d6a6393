import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ImportFormatEnum, ImportJob, type ImportFormat } from './import-job.entity';
import { ImportCellError, ImportOutcomeEnum, type ImportOutcome } from './import-row.entity';

@ObjectType({ description: 'A field a column can go to.' })
export class ImportFieldInfo {
  @Field({ description: 'Its name, as used in a mapping.' })
  name: string;

  @Field({ description: 'What people call it.' })
  label: string;
}

@ObjectType({ description: 'A column of the file, the field it goes to and some of its values.' })
export class ImportColumn {
  @Field({ description: 'Its header.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The field it goes to; null when left out.' })
  field: string | null;

  @Field(() => [String], { description: 'Its first non-empty values.' })
  samples: string[];
}

@ObjectType({ description: 'A row as it will be stored.' })
export class ImportPreviewRow {
  @Field(() => Int, { description: 'Its line in the file, the header being row 1.' })
  rowNumber: number;

  @Field(() => GraphQLJSONObject, { description: 'The fields it gives, converted (countries as codes …).' })
  values: Record<string, unknown>;

  @Field(() => ImportOutcomeEnum, { description: 'What the import would do with it, as things stand.' })
  outcome: ImportOutcome;

  @Field(() => ID, {
    nullable: true,
    description: 'The record it matches (to update or skip); null when it would create one.',
  })
  recordId: string | null;

  @Field(() => [ImportCellError], { description: 'Why it would be rejected.' })
  errors: ImportCellError[];
}

@ObjectType({ description: 'What a file holds and how it would be imported.' })
export class ImportPreview {
  @Field(() => ImportFormatEnum, { description: 'Its format.' })
  format: ImportFormat;

  @Field({ description: 'How its text is read: utf-8 or windows-1252.' })
  encoding: string;

  @Field({ description: 'The delimiter of its columns.' })
  delimiter: string;

  @Field({ description: 'The system its external ids seem to come from.' })
  source: string;

  @Field(() => Int, { description: 'How many rows it has, without the header.' })
  rowsTotal: number;

  @Field(() => [ImportColumn], { description: 'Its columns with their suggested or given field.' })
  columns: ImportColumn[];

  @Field(() => [ImportFieldInfo], { description: 'The fields columns can go to.' })
  fields: ImportFieldInfo[];

  @Field(() => [ImportPreviewRow], { description: 'The first rows, as they would be stored.' })
  rows: ImportPreviewRow[];
}

@ObjectType({ description: 'A record an undo left as it was, because someone changed it after the import.' })
export class ImportKeptRecord {
  @Field(() => Int, { description: 'The row that wrote it.' })
  rowNumber: number;

  @Field(() => ID, { description: 'The record.' })
  recordId: string;

  @Field(() => ImportOutcomeEnum, { description: 'What the import had done to it.' })
  outcome: ImportOutcome;

  @Field({ description: 'Why it was kept.' })
  reason: string;
}

@ObjectType({ description: 'What undoing an import did.' })
export class UndoImportResult {
  @Field(() => ImportJob, { description: 'The import, now undone.' })
  job: ImportJob;

  @Field(() => Int, { description: 'Records it had created, now in the trash.' })
  trashed: number;

  @Field(() => Int, { description: 'Records it had updated, now as they were.' })
  restored: number;

  @Field(() => [ImportKeptRecord], { description: 'Records changed since the import, left as they are.' })
  kept: ImportKeptRecord[];
}
