import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TEAM_ROLES, TeamRoleEnum, type TeamRole } from './team-membership.entity';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const CODE_MESSAGE = 'code must start with a letter or a digit and hold only letters, digits, _ . and -';
const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'countries must be two-letter ISO 3166 codes in capitals, like FR';

@InputType({ description: 'A new team.' })
export class CreateTeamInput {
  @Field({ description: 'Short code, unique regardless of case: NGI_IBERGRID.' })
  @Length(1, 50)
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @Field({ description: 'Full name.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the team does.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The countries it covers, ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: COUNTRY_MESSAGE })
  @ArrayMaxSize(300)
  countries?: string[];
}

@InputType({ description: 'Changes to a team: only the fields given change.' })
export class UpdateTeamInput {
  @Field(() => ID, { description: 'The team.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Short code, unique regardless of case.' })
  @IsOptional()
  @Length(1, 50)
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'What the team does.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The countries it covers; replaces the list.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: COUNTRY_MESSAGE })
  @ArrayMaxSize(300)
  countries?: string[];
}

@InputType({ description: 'Which teams to list.' })
export class TeamFilter {
  @Field({ nullable: true, description: 'Words of the code or the name, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  text?: string;
}

@InputType({ description: 'A user to put in a team.' })
export class AddTeamMemberInput {
  @Field(() => ID, { description: 'The team.' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The user.' })
  @IsUUID()
  userId: string;

  @Field(() => TeamRoleEnum, { defaultValue: 'member', description: 'Their role in the team.' })
  @IsIn(TEAM_ROLES)
  role: TeamRole;
}

@InputType({ description: "A change of a member's role in a team." })
export class UpdateTeamMemberInput {
  @Field(() => ID, { description: 'The team.' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The user.' })
  @IsUUID()
  userId: string;

  @Field(() => Int, { description: 'The version of the membership you edited.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => TeamRoleEnum, { description: 'Their new role in the team.' })
  @IsIn(TEAM_ROLES)
  role: TeamRole;
}

@InputType({ description: 'A user to take out of a team.' })
export class RemoveTeamMemberInput {
  @Field(() => ID, { description: 'The team.' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The user.' })
  @IsUUID()
  userId: string;
}
