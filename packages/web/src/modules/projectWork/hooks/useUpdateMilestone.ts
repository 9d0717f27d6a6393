import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateMilestoneInput } from '../../../generated/graphql';

const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      id
      ...ProjectMilestoneItem_milestone
    }
  }
`);

/** Changes a milestone with the version it was edited from; the cache updates it in place. */
export function useUpdateMilestone() {
  const [mutate, state] = useMutation(UpdateMilestoneMutation);
  const update = useCallback(
    async (input: UpdateMilestoneInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateMilestone;
    },
    [mutate],
  );
  return [update, state] as const;
}
