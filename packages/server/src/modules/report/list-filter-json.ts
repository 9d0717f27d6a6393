import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { ListFilter } from './report-field';

/**
 * A filter as the API received it, written back as a client would send it: enumeration values
 * by their API names, dates as ISO strings. What a drill-down hands to the list.
 */
export function filterAsJson(schema: GraphQLSchema, typeName: string, filter: ListFilter): ListFilter {
  return toJson(schema.getType(typeName) as GraphQLInputType, filter) as ListFilter;
}

function toJson(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return (value as unknown[]).map((item) => toJson(nullable.ofType, item));
  if (isEnumType(nullable) || isScalarType(nullable)) return nullable.serialize(value);
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const result: ListFilter = {};
    for (const [key, item] of Object.entries(value as ListFilter)) {
      if (item !== undefined && fields[key]) result[key] = toJson(fields[key].type, item);
    }
    return result;
  }
  return value;
}

const LOWER_BOUNDS = new Set(['createdAfter', 'updatedAfter', 'from']);
const UPPER_BOUNDS = new Set(['createdBefore', 'updatedBefore', 'to']);

/**
 * Both filters at once: nested filters merged, lists replaced by the narrower one from `more`,
 * and of two bounds of a range the tighter (ISO strings compare as times).
 */
export function narrowFilter(filter: ListFilter, more: ListFilter): ListFilter {
  const result: ListFilter = { ...filter };
  for (const [key, value] of Object.entries(more)) {
    const current = result[key];
    if (current == null) result[key] = value;
    else if (LOWER_BOUNDS.has(key)) result[key] = String(value) > String(current) ? value : current;
    else if (UPPER_BOUNDS.has(key)) result[key] = String(value) < String(current) ? value : current;
    else if (typeof value === 'object' && !Array.isArray(value) && typeof current === 'object') {
      result[key] = narrowFilter(current as ListFilter, value as ListFilter);
    } else result[key] = value;
  }
  return result;
}
