import { IsDate, IsIn, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TokenScope } from './api-token.entity';

@InputType({ description: 'A new personal API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, to recognise it later: "nightly CRM export".' })
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => TokenScope, { defaultValue: TokenScope.READ, description: 'READ (the default) or WRITE.' })
  @IsIn(Object.values(TokenScope))
  scope: TokenScope;

  @Field(() => Date, { nullable: true, description: 'When the token stops working; never when not given.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@InputType({ description: 'Which token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token record.' })
  @IsUUID()
  id: string;
}
