import type { ApolloCache } from '@apollo/client';

/** A record that has a timeline. */
export interface TimelineOwner {
  __typename: 'Organization' | 'Contact' | 'Project' | 'Activity';
  id: string;
}

/**
 * Drops the cached timelines of records a change shows up in (a link made or removed, a document
 * attached); their Timeline tabs ask the server again. Activities have no timeline and are skipped.
 */
export function forgetTimelines(cache: ApolloCache, owners: (TimelineOwner | null | undefined)[]): void {
  for (const owner of owners) {
    if (!owner || owner.__typename === 'Activity') continue;
    cache.evict({ id: cache.identify({ __typename: owner.__typename, id: owner.id }), fieldName: 'timeline' });
  }
}
