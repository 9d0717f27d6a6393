import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateProjectInput } from '../../../generated/graphql';

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      ...ProjectForm_project
    }
  }
`);

/** Records a new project; answers it. Lists that may now contain it are dropped from the cache. */
export function useCreateProject() {
  const [mutate, state] = useMutation(CreateProjectMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });
  const create = useCallback(
    async (input: CreateProjectInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.createProject;
    },
    [mutate],
  );
  return [create, state] as const;
}
