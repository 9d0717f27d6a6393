import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EMAIL_DIGESTS, EmailDigestEnum, type EmailDigest } from './notification-preferences.entity';

@InputType({ description: 'The preferences that change; the others stay.' })
export class UpdateNotificationPreferencesInput {
  @Field({ nullable: true, description: 'An in-app reminder when one of your to-dos is due.' })
  @IsOptional()
  @IsBoolean()
  dueTodoReminders?: boolean;

  @Field({ nullable: true, description: 'An in-app reminder when a follow-up you planned is due.' })
  @IsOptional()
  @IsBoolean()
  followUpReminders?: boolean;

  @Field({ nullable: true, description: 'An in-app notice when someone mentions you or assigns you something.' })
  @IsOptional()
  @IsBoolean()
  mentions?: boolean;

  @Field(() => EmailDigestEnum, { nullable: true, description: 'A summary by email: NONE, DAILY or WEEKLY.' })
  @IsOptional()
  @IsIn(EMAIL_DIGESTS)
  emailDigest?: EmailDigest;
}
