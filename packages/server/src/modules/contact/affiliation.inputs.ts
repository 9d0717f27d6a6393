import { IsBoolean, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType({ description: 'A contact to affiliate with an organization.' })
export class AffiliateContactInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;

  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Role or position there; none when unknown.' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make it the contact's primary affiliation; the previous primary one stops being so.",
  })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  since?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; not before `since`.' })
  until?: string | null;
}

@InputType({ description: 'Changes to an affiliation: only the fields given change; null clears a date or the role.' })
export class UpdateAffiliationInput {
  @Field(() => ID, { description: 'The affiliation.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'Role or position there.' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it is the contact's primary affiliation; true unsets the previous primary one.",
  })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  since?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; not before `since`.' })
  until?: string | null;
}

@InputType({ description: 'Which affiliation to remove.' })
export class RemoveAffiliationInput {
  @Field(() => ID, { description: 'The affiliation.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
