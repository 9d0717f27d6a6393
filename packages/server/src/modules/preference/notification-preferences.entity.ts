import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';

export const EMAIL_DIGESTS = ['none', 'daily', 'weekly'] as const;
export type EmailDigest = (typeof EMAIL_DIGESTS)[number];

export const EmailDigestEnum = graphqlEnum(EMAIL_DIGESTS, 'EmailDigest', 'How often a summary arrives by email.', {
  none: 'No email.',
  daily: 'Every working day.',
  weekly: 'Every Monday.',
});

/**
 * What a user wants to be told about, and how. Stored now; the notifications that honour them
 * come later. A user without a row has the defaults.
 */
@ObjectType({ description: 'What you want to be told about, and how often by email.' })
@Entity('notification_preferences')
export class NotificationPreferences {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Field(() => Date, { nullable: true, description: 'When you last changed them; null while they are the defaults.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date | null;

  @Field({ description: 'An in-app reminder when one of your to-dos is due.' })
  @Column({ type: 'boolean', default: true })
  dueTodoReminders: boolean;

  @Field({ description: 'An in-app reminder when a follow-up you planned is due.' })
  @Column({ type: 'boolean', default: true })
  followUpReminders: boolean;

  @Field({ description: 'An in-app notice when someone mentions you or assigns you something.' })
  @Column({ type: 'boolean', default: true })
  mentions: boolean;

  @Field(() => EmailDigestEnum, { description: 'A summary by email: NONE, DAILY or WEEKLY.' })
  @Column({ type: 'text', default: 'weekly' })
  emailDigest: EmailDigest;
}
