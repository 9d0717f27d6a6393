import { Column, Entity } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import type { AnyRecordKind } from '../shared/domain-module';
import { addLinkColumn } from '../shared/link-fields';
import { linkTargetKinds } from '../shared/link-targets';
import { kindLabel, linkField } from '../shared/record-kind';

/** A target column of document_links: `organizationId`. */
export type DocumentTarget = `${string}Id`;

/**
 * The kinds of record a document can be attached to, by their column in document_links: those
 * the registry flags `linkable.documents` (its test checks that each has a column here and in the inputs).
 */
export const documentTargets = (): DocumentTarget[] =>
  linkTargetKinds('documents').map((kind) => linkField(kind) as DocumentTarget);

/** A record a document is attached to; exactly one of the target columns is set. */
@ObjectType({ description: 'A record a document is attached to: exactly one of its targets is set.' })
@Entity('document_links')
export class DocumentLink extends LinkEntity {
  @Field(() => ID, { description: 'The document.' })
  @Column({ type: 'uuid' })
  documentId: string;

  /** Its target columns, one per kind documents can be attached to (`organizationId`): see `addAttachedKindColumns`. */
  [target: DocumentTarget]: string | null;
}

/** The column of each kind documents can be attached to, with its field in the API. */
export function addAttachedKindColumns(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds)
    addLinkColumn(DocumentLink, linkField(kind), `The ${kindLabel(kind)}, if that is the target.`);
}
