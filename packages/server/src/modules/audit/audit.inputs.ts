import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which change to undo.' })
export class RevertChangeInput {
  @Field(() => ID, { description: 'The change, from a history or a timeline.' })
  @IsUUID()
  changeId: string;
}
