import type { ClassType } from 'type-graphql';
import type { RecordEntity } from '../../core/db/record.entity';

/** What the generic record operations need to know of a kind of record. */
export interface RecordKind<T extends RecordEntity> {
  entity: ClassType<T>;
  /** The record type in the change history and in messages: `Organization`. */
  type: string;
  /** The fields a client edits, recorded field by field in the history. */
  fields: readonly (keyof T & string)[];
}
