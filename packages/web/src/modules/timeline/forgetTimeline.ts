import type { ApolloCache } from '@apollo/client';

/** A record that has a timeline. */
export interface TimelineOwner {
  __typename: 'Organization' | 'Contact' | 'Project' | 'Activity';
  id: string;
}

/** What a record's overview reads from its activities, forgotten with its timeline. */
const FROM_ACTIVITIES = ['lastContactedAt', 'nextPlannedAt'];

/**
 * Drops the cached timelines of records a change shows up in (a link made or removed, a document
 * attached), and their last contacted / next planned dates; their pages ask the server again.
 * Activities have no timeline and are skipped.
 */
export function forgetTimelines(cache: ApolloCache, owners: (TimelineOwner | null | undefined)[]): void {
  for (const owner of owners) {
    if (!owner || owner.__typename === 'Activity') continue;
    const id = cache.identify({ __typename: owner.__typename, id: owner.id });
    for (const fieldName of ['timeline', ...FROM_ACTIVITIES]) cache.evict({ id, fieldName });
  }
}
