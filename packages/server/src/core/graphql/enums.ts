import { registerEnumType } from 'type-graphql';

/** `research_institute` → `Research institute`. */
export function humanise(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A GraphQL enum from the values the database stores: `research_institute` is
 * `RESEARCH_INSTITUTE` in the API and the same string everywhere else. Values are described by
 * their own words unless `descriptions` says more.
 */
export function graphqlEnum<const V extends string>(
  values: readonly V[],
  name: string,
  description: string,
  descriptions: Partial<Record<V, string>> = {},
) {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<V>, V>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((value) => [value.toUpperCase(), { description: descriptions[value] ?? humanise(value) }]),
    ) as never,
  });
  return enumObject;
}

/** Registers a TypeScript enum whose values are described by their own words. */
export function describedEnum(enumObject: Record<string, string>, name: string, description: string): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(enumObject).map((key) => [key, { description: humanise(key) }])),
  });
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A to Z, oldest first).' },
    DESC: { description: 'Largest first (Z to A, newest first).' },
  },
});
