import { IsInt, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Two records that are the same, and which one stays.' })
export class MergeRecordsInput {
  @Field(() => ID, {
    description: 'The record that stays: it gets the links, the history and the empty fields of the other.',
  })
  @IsUUID()
  survivorId: string;

  @Field(() => ID, { description: 'The duplicate: emptied into the survivor, then moved to the trash.' })
  @IsUUID()
  duplicateId: string;

  @Field(() => Int, { description: 'The version of the survivor you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  survivorVersion: number;
}

@InputType({ description: 'Two organizations that are the same, and which one stays.' })
export class MergeOrganizationsInput extends MergeRecordsInput {}

@InputType({ description: 'Two contacts who are the same person, and which one stays.' })
export class MergeContactsInput extends MergeRecordsInput {}

@InputType({ description: 'Two tags that mean the same, and which one stays.' })
export class MergeTagsInput extends MergeRecordsInput {}
