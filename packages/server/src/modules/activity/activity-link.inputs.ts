import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { AnyRecordKind } from '../shared/domain-module';
import { addIdInput, addIdsInput, capitalized, withArticle } from '../shared/link-fields';
import { kindLabel, kindPlural, linkField } from '../shared/record-kind';

const ids = { each: true } as const;

@InputType({ description: 'The records an activity concerns, by kind.' })
export class ActivityConcernsInput {
  /** One list of ids per kind activities can concern (`organizationIds`): see `addConcernedKindInputs`. */
  [field: `${string}Ids`]: string[] | undefined;
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

  /** One id per kind activities can concern (`organizationId`): see `addConcernedKindInputs`. */
  [field: `${string}Id`]: string | undefined;
}

@InputType({ description: 'Which link between an activity and a record to remove.' })
export class UnlinkActivityInput {
  @Field(() => ID, { description: 'The link (ActivityLink.id).' })
  @IsUUID()
  id: string;
}

/** The fields that name each kind activities can concern in the inputs that link them. */
export function addConcernedKindInputs(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) {
    addIdsInput(ActivityConcernsInput, `${linkField(kind)}s`, `${capitalized(kindPlural(kind))}.`);
    addIdInput(LinkActivityInput, linkField(kind), `${capitalized(withArticle(kindLabel(kind)))}.`);
  }
}
