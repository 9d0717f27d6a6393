import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Filters every kind of owned record understands. */
@InputType()
export abstract class RecordFilter {
  @Field({ nullable: true, description: 'Words the record contains (name, acronym, title …), case-insensitive.' })
  @MaxLength(200)
  text?: string;

  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  ownerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Belonging to any of these teams.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  teamIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Carrying any of these tags.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  tagIds?: string[];

  @Field({ nullable: true, description: 'Created at or after this time.' })
  createdAfter?: Date;

  @Field({ nullable: true, description: 'Created before this time.' })
  createdBefore?: Date;

  @Field({ nullable: true, description: 'Changed at or after this time.' })
  updatedAfter?: Date;

  @Field({ nullable: true, description: 'Changed before this time.' })
  updatedBefore?: Date;
}

/** `%`, `_` and `\` are literal in what the user typed. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

let parameterCounter = 0;
/** A parameter name no other filter of the same query uses. */
export function uniqueParameter(name: string): string {
  parameterCounter = (parameterCounter + 1) % 1_000_000;
  return `${name}_${parameterCounter}`;
}

/**
 * Adds the common filters to a query over an owned record. `taggingColumn` is the record's
 * column in `taggings` (`organization_id`); `textColumns` are searched by `text`.
 */
export function applyRecordFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filter: RecordFilter | undefined,
  options: { taggingColumn: string; textColumns: string[] },
): SelectQueryBuilder<T> {
  const a = query.alias;
  if (!filter) return query;
  if (filter.text?.trim()) {
    const p = uniqueParameter('text');
    query.andWhere(`(${options.textColumns.map((c) => `${a}.${c} ILIKE :${p}`).join(' OR ')})`, {
      [p]: likePattern(filter.text.trim()),
    });
  }
  if (filter.ownerIds?.length) {
    const p = uniqueParameter('owners');
    query.andWhere(`${a}.owner_id IN (:...${p})`, { [p]: filter.ownerIds });
  }
  if (filter.teamIds?.length) {
    const p = uniqueParameter('teams');
    query.andWhere(`${a}.team_id IN (:...${p})`, { [p]: filter.teamIds });
  }
  if (filter.tagIds?.length) {
    const p = uniqueParameter('tags');
    query.andWhere(
      `EXISTS (SELECT 1 FROM taggings tg WHERE tg.${options.taggingColumn} = ${a}.id AND tg.tag_id IN (:...${p}))`,
      { [p]: filter.tagIds },
    );
  }
  const ranges: [keyof RecordFilter, string, string][] = [
    ['createdAfter', 'created_at', '>='],
    ['createdBefore', 'created_at', '<'],
    ['updatedAfter', 'updated_at', '>='],
    ['updatedBefore', 'updated_at', '<'],
  ];
  for (const [key, column, operator] of ranges) {
    const value = filter[key];
    if (value) {
      const p = uniqueParameter(key);
      query.andWhere(`${a}.${column} ${operator} :${p}`, { [p]: value });
    }
  }
  return query;
}
