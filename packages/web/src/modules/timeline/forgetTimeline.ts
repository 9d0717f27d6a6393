import type { ApolloCache } from '@apollo/client';
import { kindsWith } from '../../app/records/recordKinds';

/** A record that has a timeline. */
export interface TimelineOwner {
  __typename: string;
  id: string;
}

const WITH_TIMELINE = new Set(kindsWith('timeline').map((kind) => kind.typename));

/** What a record's overview reads from its activities, forgotten with its timeline. */
const FROM_ACTIVITIES = ['lastContactedAt', 'nextPlannedAt'];

/**
 * Drops the cached timelines of records a change shows up in (a link made or removed, a document
 * attached), and their last contacted / next planned dates; their pages ask the server again.
 * Records of kinds without a timeline (activities) are skipped.
 */
export function forgetTimelines(cache: ApolloCache, owners: (TimelineOwner | null | undefined)[]): void {
  for (const owner of owners) {
    if (!owner || !WITH_TIMELINE.has(owner.__typename)) continue;
    const id = cache.identify({ __typename: owner.__typename, id: owner.id });
    for (const fieldName of ['timeline', ...FROM_ACTIVITIES]) cache.evict({ id, fieldName });
  }
}
