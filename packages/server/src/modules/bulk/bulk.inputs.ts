import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RecordSelection } from './record-selection';

@InputType({ description: 'Records to give to another owner, of any kinds.' })
export class ReassignOwnerInput extends RecordSelection {
  @Field(() => ID, { description: 'The user who becomes their owner.' })
  @IsUUID()
  ownerId: string;
}
