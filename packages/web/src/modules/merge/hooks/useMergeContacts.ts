import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { MergeContactsInput } from '../../../generated/graphql';
import type { MergeInput } from '../components/MergeDuplicateButton';

const MergeContactsMutation = graphql(`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) {
      id
      name
      version
    }
  }
`);

/**
 * Merges a duplicate contact into a survivor. The survivor's fields and links are asked again (they
 * gained the duplicate's), the duplicate leaves the cache (it is in the trash), lists are refetched.
 */
export function useMergeContacts() {
  const [mutate, state] = useMutation(MergeContactsMutation);
  const merge = useCallback(
    async (input: MergeInput) => {
      const { data } = await mutate({
        // The field names come from the kind's list of merge fields, which are values of its enum.
        variables: { input: input as MergeContactsInput },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: input.survivorId }) });
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: input.duplicateId }) });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'similarContacts' });
          cache.gc();
        },
      });
      return data!.mergeContacts;
    },
    [mutate],
  );
  return [merge, state] as const;
}
