import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RecordSelection } from './record-selection';

@InputType({ description: 'Records to give to another owner, of any kinds.' })
export class ReassignOwnerInput extends RecordSelection {
  @Field(() => ID, { description: 'The active user who becomes their owner.' })
  @IsUUID()
  ownerId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Also every live record this user owns, of every kind: hands over all their records at once (admins only).',
  })
  @IsOptional()
  @IsUUID()
  fromOwnerId?: string;
}
