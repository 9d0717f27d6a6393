import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';

const IMPORT_OUTCOMES = ['created', 'updated', 'skipped', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export const ImportOutcomeEnum = graphqlEnum(IMPORT_OUTCOMES, 'ImportOutcome', 'What an imported row became.');

@ObjectType({ description: 'A problem with one cell (or the whole row when column is null).' })
export class ImportCellError {
  @Field(() => String, { nullable: true, description: 'The column of the file, as headed there.' })
  column: string | null;

  @Field({ description: 'What is wrong.' })
  reason: string;
}

/** What one row of a job became: the record it created or updated (for undo), or its errors. */
@ObjectType({ description: 'One row of an import, with its problems.' })
@Entity('import_rows')
export class ImportRow {
  @PrimaryColumn({ type: 'uuid' })
  jobId: string;

  @Field(() => Int, { description: 'Its line in the file, the header being row 1.' })
  @PrimaryColumn({ type: 'integer' })
  rowNumber: number;

  @Field(() => ImportOutcomeEnum, { description: 'What it became.' })
  @Column({ type: 'text' })
  outcome: ImportOutcome;

  @Field(() => ID, { nullable: true, description: 'The record it created or updated.' })
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Field(() => [ImportCellError], { description: 'Its problems; empty when there were none.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportCellError[];
}
