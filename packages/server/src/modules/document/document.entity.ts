import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const DOCUMENT_KINDS = ['minutes', 'discussion', 'agreement', 'presentation', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DocumentKindEnum = graphqlEnum(DOCUMENT_KINDS, 'DocumentKind', 'What sort of document.');

/** A recorded discussion or a file, with a markdown body. */
@ObjectType({ description: 'A recorded discussion or a file: minutes, an agreement, a presentation …' })
@Entity('documents')
export class Document extends OwnedRecordEntity {
  @Field({ description: 'Its title.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => DocumentKindEnum, { description: 'What sort of document.' })
  @Column({ type: 'text', default: 'other' })
  kind: DocumentKind;

  /** Markdown. */
  @Field({ description: 'The text, in Markdown; empty when there is none.' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;
}

/** The fields clients edit, recorded one by one in the history. */
export const DOCUMENT_FIELDS = [
  'title',
  'kind',
  'body',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Document)[];
