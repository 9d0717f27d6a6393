import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { ActivityStatus } from '../../../generated/graphql';

export const SetActivityStatusMutation = graphql(`
  mutation SetActivityStatus($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      version
      status
    }
  }
`);

/**
 * Marks an activity done (or planned again) at once: the cache shows the new status before the
 * server answers, and goes back if it refuses. Lists stay as they are until asked again, so that a
 * to-do just ticked stays in view (and can be unticked).
 */
export function useSetActivityStatus() {
  const [mutate, state] = useMutation(SetActivityStatusMutation);
  const setStatus = useCallback(
    async (activity: { id: string; version: number }, status: ActivityStatus) => {
      const { data } = await mutate({
        variables: { input: { id: activity.id, version: activity.version, status } },
        optimisticResponse: {
          __typename: 'Mutation',
          updateActivity: { __typename: 'Activity', id: activity.id, version: activity.version + 1, status },
        },
      });
      return data!.updateActivity;
    },
    [mutate],
  );
  return [setStatus, state] as const;
}
