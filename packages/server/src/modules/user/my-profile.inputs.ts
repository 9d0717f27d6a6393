import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ROLES, type Role } from '../../core/auth/roles';
import { RoleEnum } from './user.entity';

@InputType({ description: 'What you change about yourself.' })
export class UpdateMyProfileInput {
  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({
    nullable: true,
    description: 'Your display name; once you set it, signing in no longer replaces it with the provider’s.',
  })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Topics you know about; replaces the list.' })
  @IsOptional()
  @MaxLength(100, { each: true })
  @ArrayMaxSize(50)
  expertise?: string[];

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'Your role: only an admin may change it (FORBIDDEN otherwise); the last admin stays an admin.',
  })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
