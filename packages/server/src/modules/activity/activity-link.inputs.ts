import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const ids = { each: true } as const;

@InputType({ description: 'The records an activity concerns, by kind.' })
export class ActivityConcernsInput {
  @Field(() => [ID], { nullable: true, description: 'Organizations.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  organizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Contacts.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  contactIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Projects.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  projectIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Needs.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  needIds?: string[];
}

@InputType({ description: 'Participants to add to or remove from an activity.' })
export class ActivityParticipantsInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID()
  activityId: string;

  @Field(() => [ID], { nullable: true, description: 'Contacts.' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  contactIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Users (staff).' })
  @IsOptional()
  @IsUUID('all', ids)
  @ArrayMaxSize(200)
  userIds?: string[];
}

@InputType({ description: 'A record an activity concerns: give exactly one target.' })
export class LinkActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID()
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'An organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'A contact.' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => ID, { nullable: true, description: 'A project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'A need.' })
  @IsOptional()
  @IsUUID()
  needId?: string;
}

@InputType({ description: 'Which link between an activity and a record to remove.' })
export class UnlinkActivityInput {
  @Field(() => ID, { description: 'The link (ActivityLink.id).' })
  @IsUUID()
  id: string;
}
