import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { MergeOrganizationsInput } from '../../../generated/graphql';
import type { MergeInput } from '../components/MergeDuplicateButton';

const MergeOrganizationsMutation = graphql(`
  mutation MergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) {
      id
      name
      version
    }
  }
`);

/**
 * Merges a duplicate organization into a survivor. The survivor's fields and links are asked again,
 * the duplicate leaves the cache (it is in the trash), lists and the contacts' affiliations are refetched.
 */
export function useMergeOrganizations() {
  const [mutate, state] = useMutation(MergeOrganizationsMutation);
  const merge = useCallback(
    async (input: MergeInput) => {
      const { data } = await mutate({
        // The field names come from the kind's list of merge fields, which are values of its enum.
        variables: { input: input as MergeOrganizationsInput },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Organization', id: input.survivorId }) });
          cache.evict({ id: cache.identify({ __typename: 'Organization', id: input.duplicateId }) });
          for (const fieldName of ['organizations', 'contacts', 'similarOrganizations'])
            cache.evict({ id: 'ROOT_QUERY', fieldName });
          cache.gc();
        },
      });
      return data!.mergeOrganizations;
    },
    [mutate],
  );
  return [merge, state] as const;
}
