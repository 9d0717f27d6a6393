import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type {
  ProjectTaskItem_TaskFragment,
  UpdateProjectTaskInput,
  UpdateProjectTaskMutation as UpdateProjectTaskResult,
} from '../../../generated/graphql';

const UpdateProjectTaskMutation = graphql(`
  mutation UpdateProjectTask($input: UpdateProjectTaskInput!) {
    updateProjectTask(input: $input) {
      id
      ...ProjectTaskItem_task
    }
  }
`);

/**
 * Changes a task with the version it was edited from; the cache updates it in place. Given the task
 * as it will be (`expected`), the change shows at once and is undone if the server refuses it.
 */
export function useUpdateProjectTask() {
  const [mutate, state] = useMutation(UpdateProjectTaskMutation);
  const update = useCallback(
    async (input: UpdateProjectTaskInput, expected?: ProjectTaskItem_TaskFragment) => {
      const optimisticResponse = expected
        ? ({ updateProjectTask: { ...expected, __typename: 'ProjectTask' } } as unknown as UpdateProjectTaskResult)
        : undefined;
      const { data } = await mutate({ variables: { input }, optimisticResponse });
      return data!.updateProjectTask;
    },
    [mutate],
  );
  return [update, state] as const;
}
