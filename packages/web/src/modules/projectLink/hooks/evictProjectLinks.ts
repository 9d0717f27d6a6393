import type { ApolloCache } from '@apollo/client';
import { forgetTimelines } from '../../timeline/forgetTimeline';

/**
 * Drops the cached lists a made, changed or removed project link appears in: the project's
 * organizations and contacts, and the other side's projects; pages showing them ask again.
 */
export function evictProjectLinks(
  cache: ApolloCache,
  projectId: string,
  other: { typename: 'Organization' | 'Contact'; id: string },
) {
  const project = cache.identify({ __typename: 'Project', id: projectId });
  const side = other.typename === 'Organization' ? 'organization' : 'contact';
  cache.evict({ id: project, fieldName: `${side}Links` });
  cache.evict({ id: project, fieldName: `${side}s` });
  const target = cache.identify({ __typename: other.typename, id: other.id });
  cache.evict({ id: target, fieldName: 'projectLinks' });
  cache.evict({ id: target, fieldName: 'projects' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
  forgetTimelines(cache, [
    { __typename: 'Project', id: projectId },
    { __typename: other.typename, id: other.id },
  ]);
  cache.gc();
}
