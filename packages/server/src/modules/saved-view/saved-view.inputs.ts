import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SAVED_VIEW_KINDS, SavedViewKindEnum, type SavedViewKind } from './saved-view.entity';

const MAX_COLUMNS = 50;

@InputType({ description: 'A new saved view, owned by you.' })
export class CreateSavedViewInput {
  @Field({ description: 'Its name.' })
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => SavedViewKindEnum, { description: 'The list it shows.' })
  @IsIn(SAVED_VIEW_KINDS)
  kind: SavedViewKind;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The list's filters; none when not given." })
  @IsOptional()
  filters?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The sort (`name:asc`); the default when not given.' })
  @IsOptional()
  @MaxLength(100)
  sort?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `The columns shown, ${MAX_COLUMNS} at most; the default ones when not given.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_COLUMNS)
  @MaxLength(100, { each: true })
  columns?: string[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PRIVATE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours); needed for TEAM.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to a saved view: only the fields given change.' })
export class UpdateSavedViewInput {
  @Field(() => ID, { description: 'The saved view.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Its name.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The list's filters." })
  @IsOptional()
  filters?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The sort (`name:asc`); null for the default.' })
  @IsOptional()
  @MaxLength(100)
  sort?: string | null;

  @Field(() => [String], { nullable: true, description: `The columns shown, ${MAX_COLUMNS} at most.` })
  @IsOptional()
  @ArrayMaxSize(MAX_COLUMNS)
  @MaxLength(100, { each: true })
  columns?: string[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The team it is shared with (one of yours).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Which saved views to list.' })
export class SavedViewFilter {
  @Field(() => SavedViewKindEnum, { nullable: true, description: 'Only the views of this list.' })
  @IsOptional()
  @IsIn(SAVED_VIEW_KINDS)
  kind?: SavedViewKind;
}
