import type { FieldFunctionOptions, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { kindsWith, RECORD_KINDS } from '../records/recordKinds';

/**
 * `organization(id)` and friends, never asked yet, read what the cache already has for that id
 * (from a list, say): a detail page shows at once what is known and fetches only what is missing.
 * An answer of the server, null included ("not found"), is kept as it is.
 */
function recordById(typename: string) {
  return (existing: unknown, { args, toReference }: FieldFunctionOptions) =>
    existing !== undefined || !args?.id ? existing : toReference({ __typename: typename, id: args.id as string });
}

/**
 * How the cache stores the API's answers.
 * - Top-level lists (`organizations(filter, orderBy, first, after)`) keep one entry per page,
 *   because list pages jump between numbered pages; nothing to declare.
 * - Nested lists that grow with "Show more" merge their pages: relayStylePagination, keyed by the
 *   arguments that change the list itself (not first/after). Queries must then ask for
 *   `edges { cursor node { … } }` and `pageInfo { hasNextPage endCursor }`.
 * - The board's `opportunities` gathers all its pages into one list, as nested lists do.
 * - Search hits belong to their search: not normalized.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind.detailField, { read: recordById(kind.typename) }])),
      // The pipeline board asks for every opportunity of its view, page after page, into one list.
      opportunities: relayStylePagination(['filter', 'orderBy']),
    },
  },
  ...Object.fromEntries(
    kindsWith('timeline').map((kind) => [
      kind.typename,
      { fields: { timeline: relayStylePagination(['kinds', 'related']) } },
    ]),
  ),
  Organization: {
    fields: {
      children: relayStylePagination(['filter', 'orderBy']),
      timeline: relayStylePagination(['kinds', 'related']),
    },
  },
  SearchHit: { keyFields: false },
  AuthInfo: { keyFields: [] },
};
