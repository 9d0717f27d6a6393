import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateOrganizationInput } from '../../../generated/graphql';

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      ...OrganizationDetails_organization
      ...OrganizationForm_organization
    }
  }
`);

/**
 * Records a new organization; answers it. Lists that may now contain it (any filter or sort), and
 * its parent's children, are dropped from the cache: the next view of them asks the server.
 */
export function useCreateOrganization() {
  const [mutate, state] = useMutation(CreateOrganizationMutation, {
    update(cache, _result, { variables }) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
      const parentId = variables?.input.parentId;
      if (parentId)
        cache.evict({ id: cache.identify({ __typename: 'Organization', id: parentId }), fieldName: 'children' });
      cache.gc();
    },
  });
  const create = useCallback(
    async (input: CreateOrganizationInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.createOrganization;
    },
    [mutate],
  );
  return [create, state] as const;
}
