import { IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = 'color must be #rrggbb in hexadecimal, like #1f77b4';

@InputType({ description: 'A new tag.' })
export class CreateTagInput {
  @Field({ description: 'The label, unique regardless of case.' })
  @Length(1, 100)
  @Matches(/\S/, { message: 'label must not be blank' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A colour: #rrggbb.' })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => String, { nullable: true, description: 'What the tag means, when to use it.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Changes to a tag: only the fields given change.' })
export class UpdateTagInput {
  @Field(() => ID, { description: 'The tag.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'The label, unique regardless of case.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, { message: 'label must not be blank' })
  label?: string;

  @Field(() => String, { nullable: true, description: 'A colour: #rrggbb.' })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => String, { nullable: true, description: 'What the tag means, when to use it.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Which tags to list.' })
export class TagFilter {
  @Field({ nullable: true, description: 'Words of the label or the description, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  text?: string;
}
