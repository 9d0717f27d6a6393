import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum from the values the database stores: `research_institute` is
 * `RESEARCH_INSTITUTE` in the API and the same string everywhere else.
 */
export function graphqlEnum<const V extends string>(values: readonly V[], name: string, description: string) {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<V>, V>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });
