import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { graphqlEnum } from '../../core/graphql/enums';

export const IMPORT_KINDS = ['organizations', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindEnum = graphqlEnum(IMPORT_KINDS, 'ImportKind', 'What kind of record a file holds.');

const IMPORT_FORMATS = ['csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const ImportFormatEnum = graphqlEnum(IMPORT_FORMATS, 'ImportFormat', 'The format of an imported file.');

export const ON_DUPLICATE = ['skip', 'update', 'create'] as const;
export type OnDuplicate = (typeof ON_DUPLICATE)[number];
export const OnDuplicateEnum = graphqlEnum(ON_DUPLICATE, 'OnDuplicate', 'What to do with a row matching a record.', {
  skip: 'Leave the record as it is and count the row as skipped.',
  update: "Fill the record's fields with the row's non-empty cells.",
  create: 'Create a new record anyway (not when the external id matches: those are updated or skipped).',
});

const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled', 'undone'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
const ImportStatusEnum = graphqlEnum(IMPORT_STATUSES, 'ImportStatus', 'Where an import job is.');

/** Which column of the file goes to which field: `{ "Account Name": "name" }`. */
export type ImportMapping = Record<string, string>;

/** An import of one file: its settings, its progress (the cursor `rowsDone`) and its counts. */
@ObjectType({ description: 'An import of one file, run in the background.' })
@Entity('import_jobs')
export class ImportJob {
  @Field(() => ID, { description: 'The unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When it was started.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => ImportKindEnum, { description: 'What the file holds.' })
  @Column({ type: 'text' })
  kind: ImportKind;

  @Field(() => ImportFormatEnum, { description: 'The format of the file.' })
  @Column({ type: 'text' })
  format: ImportFormat;

  @Column({ type: 'uuid' })
  fileId: string;

  @Field({ description: 'The name of the file.' })
  @Column({ type: 'text' })
  fileName: string;

  @Field({ description: 'How its text was read: utf-8 or windows-1252.' })
  @Column({ type: 'text' })
  encoding: string;

  @Field({ description: 'The delimiter of its columns.' })
  @Column({ type: 'text' })
  delimiter: string;

  @Field(() => GraphQLJSONObject, { description: 'Which column goes to which field.' })
  @Column({ type: 'jsonb' })
  mapping: ImportMapping;

  @Field(() => OnDuplicateEnum, { description: 'What was done with rows matching a record.' })
  @Column({ type: 'text' })
  onDuplicate: OnDuplicate;

  @Field({ description: 'The system the external ids of the file come from: vtiger, liaison, import.' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'A dry run counts what the import would do and changes nothing.' })
  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  @Field(() => ImportStatusEnum, { description: 'Where it is.' })
  @Column({ type: 'text', default: 'queued' })
  status: ImportStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'How many rows the file has (without its header); null until known.',
  })
  @Column({ type: 'integer', nullable: true })
  rowsTotal: number | null;

  @Field(() => Int, { description: 'How many rows are done.' })
  @Column({ type: 'integer', default: 0 })
  rowsDone: number;

  @Field(() => Int, { description: 'Records created.' })
  @Column({ type: 'integer', default: 0 })
  createdCount: number;

  @Field(() => Int, { description: 'Records updated.' })
  @Column({ type: 'integer', default: 0 })
  updatedCount: number;

  @Field(() => Int, { description: 'Rows matching a record and left alone.' })
  @Column({ type: 'integer', default: 0 })
  skippedCount: number;

  @Field(() => Int, { description: 'Rows refused: see importErrors.' })
  @Column({ type: 'integer', default: 0 })
  rejectedCount: number;

  @Field(() => Date, { nullable: true, description: 'When it started running.' })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Written with every batch: a running job whose heartbeat is old was left by a dead process. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}

@ObjectType({ description: 'How far an import is.' })
export class ImportProgress {
  @Field(() => Int, { description: 'Rows done.' })
  rowsDone: number;

  @Field(() => Int, { nullable: true, description: 'Rows in the file.' })
  rowsTotal: number | null;

  @Field(() => Float, { nullable: true, description: 'Rows per second since it started.' })
  rate: number | null;

  @Field(() => Float, { nullable: true, description: 'Seconds left at that rate.' })
  etaSeconds: number | null;
}
