import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Ctx, Field, FieldResolver, ID, Root, type ClassType } from 'type-graphql';
import { Column } from 'typeorm';
import type { GraphQLContext } from '../../core/graphql/context';

/**
 * A polymorphic link table has one column per kind of record it points at, and its inputs and
 * outputs one field per kind. The module that owns the table adds them, with these, for each
 * kind the registry flags, as the registry loads: before the data source and the schema are
 * built, so that TypeORM and type-graphql see them as if they were written in the classes.
 */

/** `a contact`, `an organization`. */
export const withArticle = (label: string) => `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;

/** `Organizations`. */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A kind's nullable uuid column on a link entity (`organizationId`), shown in the API when `description` is given. */
export function addLinkColumn(entity: ClassType, field: string, description?: string): void {
  Column({ type: 'uuid', nullable: true })(entity.prototype, field);
  if (description) Field(() => ID, { nullable: true, description })(entity.prototype, field);
}

/** An optional id of one record (`organizationId`) on an input type. */
export function addIdInput(input: ClassType, field: string, description: string): void {
  Field(() => ID, { nullable: true, description })(input.prototype, field);
  IsOptional()(input.prototype, field);
  IsUUID()(input.prototype, field);
}

/** Optional ids of records of one kind (`organizationIds`, at most 200) on an input type. */
export function addIdsInput(input: ClassType, field: string, description: string): void {
  Field(() => [ID], { nullable: true, description })(input.prototype, field);
  IsOptional()(input.prototype, field);
  IsUUID('all', { each: true })(input.prototype, field);
  ArrayMaxSize(200)(input.prototype, field);
}

/** A field resolved from its parent and the request's context, on a resolver class. */
export function addFieldResolver<Parent>(
  resolver: ClassType,
  field: string,
  type: () => ClassType | [ClassType],
  options: { description: string; nullable?: boolean },
  resolve: (parent: Parent, context: GraphQLContext) => unknown,
): void {
  const prototype = resolver.prototype as Record<string, unknown>;
  Object.defineProperty(prototype, field, { value: resolve, configurable: true, writable: true });
  FieldResolver(type, options)(prototype, field, Object.getOwnPropertyDescriptor(prototype, field)!);
  Root()(prototype, field, 0);
  Ctx()(prototype, field, 1);
}
