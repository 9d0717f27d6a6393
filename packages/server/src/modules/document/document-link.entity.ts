import { Column, Entity } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import { linkTargetKinds } from '../shared/link-targets';
import { linkField } from '../shared/record-kind';

/** A target column of document_links: `organizationId`. */
export type DocumentTarget = Exclude<
  Extract<keyof DocumentLink, `${string}Id`>,
  'documentId' | 'createdById' | 'updatedById'
>;

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

  @Field(() => ID, { nullable: true, description: 'The organization, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => ID, { nullable: true, description: 'The project, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => ID, { nullable: true, description: 'The activity, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The need, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
}
