import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A main contact of an opportunity, with their role.' })
export class OpportunityContactInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;

  @Field(() => String, { nullable: true, description: 'Their role: champion, decision maker, technical contact …' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, { message: 'role must not be blank' })
  role?: string | null;
}

@InputType({ description: 'The main contacts an opportunity is to have: those left out are removed.' })
export class SetOpportunityContactsInput {
  @Field(() => ID, { description: 'The opportunity.' })
  @IsUUID()
  opportunityId: string;

  @Field(() => [OpportunityContactInput], { description: 'Its contacts with their roles, each contact once.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  contacts: OpportunityContactInput[];
}

@InputType({ description: 'The needs an opportunity is to address: those left out are removed.' })
export class SetOpportunityNeedsInput {
  @Field(() => ID, { description: 'The opportunity.' })
  @IsUUID()
  opportunityId: string;

  @Field(() => [ID], { description: 'The needs it addresses.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  needIds: string[];
}
