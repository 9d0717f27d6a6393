import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateActivityInput } from '../../../generated/graphql';
import { forgetActivityLists } from './activityCache';

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      subject
      version
      ...ActivityForm_activity
      ...ActivityDetails_activity
    }
  }
`);

/**
 * Changes an activity with the `version` it was edited from (a newer one on the server answers
 * CONFLICT). The answer updates the record in the cache; lists, whose order or filters may no
 * longer hold, are dropped.
 */
export function useUpdateActivity() {
  const [mutate, state] = useMutation(UpdateActivityMutation, {
    update(cache) {
      forgetActivityLists(cache);
    },
  });
  const update = useCallback(
    async (input: UpdateActivityInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateActivity;
    },
    [mutate],
  );
  return [update, state] as const;
}
