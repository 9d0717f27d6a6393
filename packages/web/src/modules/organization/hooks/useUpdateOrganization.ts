import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateOrganizationInput } from '../../../generated/graphql';

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      version
      ...OrganizationDetails_organization
      ...OrganizationForm_organization
    }
  }
`);

/**
 * Changes an organization with the `version` it was edited from (a newer one on the server answers
 * CONFLICT). The answer updates the record in the cache; lists (whose order or filters may no longer
 * hold) and the children of its old and new parents are dropped, to be asked again when shown.
 */
export function useUpdateOrganization() {
  const [mutate, state] = useMutation(UpdateOrganizationMutation);
  const update = useCallback(
    async (input: UpdateOrganizationInput, previousParentId?: string | null) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
          for (const parentId of new Set([previousParentId, input.parentId])) {
            if (parentId)
              cache.evict({ id: cache.identify({ __typename: 'Organization', id: parentId }), fieldName: 'children' });
          }
          cache.gc();
        },
      });
      return data!.updateOrganization;
    },
    [mutate],
  );
  return [update, state] as const;
}
