import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RecordSelection } from '../bulk/record-selection';

@InputType({ description: 'A tag and the records, of any kinds, to put it on or take it off.' })
export class TagRecordsInput extends RecordSelection {
  @Field(() => ID, { description: 'The tag.' })
  @IsUUID()
  tagId: string;
}
