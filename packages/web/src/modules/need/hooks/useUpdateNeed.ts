import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateNeedInput } from '../../../generated/graphql';

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      id
      title
      version
      ...NeedDetails_need
      ...NeedForm_need
    }
  }
`);

/**
 * Changes a need with the `version` it was edited from (a newer one answers CONFLICT). Lists, and the
 * needs of its old and new holders, are dropped to be asked again.
 */
export function useUpdateNeed() {
  const [mutate, state] = useMutation(UpdateNeedMutation);
  const update = useCallback(
    async (input: UpdateNeedInput, previous: { organizationId?: string | null; projectId?: string | null }) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'needs' });
          for (const id of new Set([previous.organizationId, input.organizationId]))
            if (id) cache.evict({ id: cache.identify({ __typename: 'Organization', id }), fieldName: 'needs' });
          for (const id of new Set([previous.projectId, input.projectId]))
            if (id) cache.evict({ id: cache.identify({ __typename: 'Project', id }), fieldName: 'needs' });
          cache.gc();
        },
      });
      return data!.updateNeed;
    },
    [mutate],
  );
  return [update, state] as const;
}
