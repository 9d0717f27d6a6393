import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateProjectTaskInput } from '../../../generated/graphql';

const CreateProjectTaskMutation = graphql(`
  mutation CreateProjectTask($input: CreateProjectTaskInput!) {
    createProjectTask(input: $input) {
      id
      ...ProjectTaskItem_task
    }
  }
`);

/** Adds a task to a project; the project's tasks are asked again. */
export function useCreateProjectTask() {
  const [mutate, state] = useMutation(CreateProjectTaskMutation);
  const create = useCallback(
    async (input: CreateProjectTaskInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Project', id: input.projectId }), fieldName: 'tasks' });
          cache.gc();
        },
      });
      return data!.createProjectTask;
    },
    [mutate],
  );
  return [create, state] as const;
}
