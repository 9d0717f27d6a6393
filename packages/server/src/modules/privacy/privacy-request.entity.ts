import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';

const PRIVACY_REQUEST_KINDS = ['export', 'erasure'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

const PrivacyRequestKindEnum = graphqlEnum(
  PRIVACY_REQUEST_KINDS,
  'PrivacyRequestKind',
  'What a person asked for under the GDPR.',
  { export: 'Access: a copy of their data (article 15).', erasure: 'Erasure of their data (article 17).' },
);

/**
 * One privacy request carried out: written in the transaction of the export or erasure itself,
 * so the log holds an entry exactly when the request was done. It names the person by id only:
 * after an erasure the contact is a tombstone, and the log keeps no personal data either.
 */
@ObjectType({ description: 'A privacy request carried out: who did it, when, for which person, and what it did.' })
@Entity('privacy_requests')
export class PrivacyRequest {
  @Field(() => ID, { description: 'The unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When it was carried out.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => PrivacyRequestKindEnum, { description: 'EXPORT or ERASURE.' })
  @Column({ type: 'text' })
  kind: PrivacyRequestKind;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact concerned (null if it no longer exists).' })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the HTTP request that carried it out, for the logs.' })
  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Field({ description: 'What it did, without personal data: "3 activities, 1 document, 5 history entries".' })
  @Column({ type: 'text' })
  summary: string;
}
