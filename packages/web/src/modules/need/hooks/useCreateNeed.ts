import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateNeedInput } from '../../../generated/graphql';

const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      id
      title
      ...NeedForm_need
    }
  }
`);

/** Records a new need; the need lists, and those of its organization or project, are asked again. */
export function useCreateNeed() {
  const [mutate, state] = useMutation(CreateNeedMutation);
  const create = useCallback(
    async (input: CreateNeedInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'needs' });
          if (input.organizationId)
            cache.evict({
              id: cache.identify({ __typename: 'Organization', id: input.organizationId }),
              fieldName: 'needs',
            });
          if (input.projectId)
            cache.evict({ id: cache.identify({ __typename: 'Project', id: input.projectId }), fieldName: 'needs' });
          cache.gc();
        },
      });
      return data!.createNeed;
    },
    [mutate],
  );
  return [create, state] as const;
}
