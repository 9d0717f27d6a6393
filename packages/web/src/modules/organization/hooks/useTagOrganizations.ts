import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';

const TagOrganizationsMutation = graphql(`
  mutation TagOrganizations($input: TagRecordsInput!) {
    tagRecords(input: $input) {
      count
      tag {
        id
        label
      }
    }
  }
`);

/** Puts one tag on several organizations; their `tags` in the cache gain it, in label order. */
export function useTagOrganizations() {
  const [mutate, state] = useMutation(TagOrganizationsMutation);
  const tagOrganizations = useCallback(
    async (tagId: string, organizationIds: string[]) => {
      const { data } = await mutate({
        variables: { input: { tagId, organizationIds } },
        update(cache, { data }) {
          const tag = data?.tagRecords.tag;
          if (!tag) return;
          const tagRef = cache.identify(tag);
          for (const id of organizationIds) {
            cache.modify({
              id: cache.identify({ __typename: 'Organization', id }),
              fields: {
                tags(existing: readonly Reference[], { readField, toReference }) {
                  if (existing.some((ref) => cache.identify(ref) === tagRef)) return existing;
                  const added = [...existing, toReference(tag, true)!];
                  return added.sort((a, b) =>
                    String(readField('label', a)).localeCompare(String(readField('label', b))),
                  );
                },
              },
            });
          }
          // Lists filtered by this tag now have more members.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
          cache.gc();
        },
      });
      return data!.tagRecords.count;
    },
    [mutate],
  );
  return [tagOrganizations, state] as const;
}
