import type { EntityManager } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { RecordEntity } from '../../core/db/record.entity';

/** What the generic record operations need to know of a kind of record. */
export interface RecordKind<T extends RecordEntity> {
  entity: ClassType<T>;
  /** The record type in the change history and in messages: `Organization`. */
  type: string;
  /** The fields a client edits, recorded field by field in the history. */
  fields: readonly (keyof T & string)[];
  /** Rules a patch must keep beyond the database's own (an organization's parent), for every path that patches. */
  checkPatch?: (manager: EntityManager, id: string, patch: Partial<T>) => Promise<void>;
}
