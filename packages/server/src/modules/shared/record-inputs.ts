import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Which record to move to the trash.' })
export class DeleteRecordInput {
  @Field(() => ID, { description: 'The record.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType({ description: 'Which record to bring back from the trash.' })
export class RestoreRecordInput {
  @Field(() => ID, { description: 'The record.' })
  @IsUUID()
  id: string;
}
