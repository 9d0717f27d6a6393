import type { ApolloCache } from '@apollo/client';

/**
 * Drops the lists an opportunity may have joined or left: the board's, and those of the
 * organizations and projects it is or was of.
 */
export function forgetOpportunityLists(
  cache: ApolloCache,
  holders: { organizationIds?: unknown[]; projectIds?: unknown[] } = {},
) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'opportunities' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'opportunityTotals' });
  for (const id of new Set(holders.organizationIds ?? []))
    if (id)
      cache.evict({ id: cache.identify({ __typename: 'Organization', id: String(id) }), fieldName: 'opportunities' });
  for (const id of new Set(holders.projectIds ?? []))
    if (id) cache.evict({ id: cache.identify({ __typename: 'Project', id: String(id) }), fieldName: 'opportunities' });
  cache.gc();
}
