import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';
import type { AnyRecordKind } from '../shared/domain-module';
import { addLinkColumn } from '../shared/link-fields';
import { linkField } from '../shared/record-kind';

/** A tag on one record; exactly one of the target columns is set. */
@Entity('taggings')
export class Tagging extends LinkEntity {
  @Column({ type: 'uuid' })
  tagId: string;

  /** Its target columns, one per taggable kind (`organizationId`): see `addTaggedKinds`. */
  [target: `${string}Id`]: string | null;
}

/** The column of each taggable kind (`taggable` in the registry), added by the registry as it loads. */
export function addTaggedKinds(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) addLinkColumn(Tagging, linkField(kind));
}
