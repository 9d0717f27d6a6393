import type { ApolloCache } from '@apollo/client';
import type { CreateActivityInput } from '../../../generated/graphql';
import { CONCERNED_KINDS, type ConcernedKind } from '../activityRecords';

/**
 * Drops what a new or changed activity may alter: the activity lists (any filter or sort) and the
 * timelines and activity lists of the records it concerns; the next view of them asks the server.
 */
export function forgetActivityLists(cache: ApolloCache, records: { kind: ConcernedKind; id: string }[] = []): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'activities' });
  for (const record of records) {
    const id = cache.identify({ __typename: CONCERNED_KINDS[record.kind].typename, id: record.id });
    cache.evict({ id, fieldName: 'timeline' });
    cache.evict({ id, fieldName: 'activities' });
  }
  cache.gc();
}

/** The records named by a create input's `concerns` and participant contacts. */
export function recordsOfInput(input: CreateActivityInput): { kind: ConcernedKind; id: string }[] {
  const of = (kind: ConcernedKind, ids: readonly (string | number)[] | null | undefined) =>
    (ids ?? []).map((id) => ({ kind, id: String(id) }));
  return [
    ...of('ORGANIZATION', input.concerns?.organizationIds),
    ...of('CONTACT', input.concerns?.contactIds),
    ...of('PROJECT', input.concerns?.projectIds),
    ...of('CONTACT', input.participantContactIds),
  ];
}
