import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ROLES, type Role } from '../../core/auth/roles';
import { RoleEnum } from './user.entity';

@InputType({ description: 'Which users to list.' })
export class UserFilter {
  @Field({ nullable: true, description: 'Words of the name or the email address, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  text?: string;

  @Field(() => [RoleEnum], { nullable: true, description: 'With any of these roles.' })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @Field(() => [ID], { nullable: true, description: 'Members of any of these teams.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  teamIds?: string[];

  @Field({ nullable: true, description: 'With an expertise containing these words, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  expertise?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: active users only; false: deactivated users only; not given: both.',
  })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: "An admin's change to a user; name and email come from the identity provider." })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => RoleEnum, { nullable: true, description: 'What the user may do; the last admin stays an admin.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => [String], { nullable: true, description: 'Topics the user knows about; replaces the list.' })
  @IsOptional()
  @MaxLength(100, { each: true })
  @ArrayMaxSize(50)
  expertise?: string[];
}

@InputType({ description: 'A user to deactivate or reactivate.' })
export class UserActivationInput {
  @Field(() => ID, { description: 'The user.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
