import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateProjectInput } from '../../../generated/graphql';

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      id
      name
      version
      ...ProjectDetails_project
      ...ProjectForm_project
    }
  }
`);

/**
 * Changes a project with the `version` it was edited from (a newer one on the server answers
 * CONFLICT). The answer updates the record in the cache; lists, whose order or filters may no longer
 * hold, are dropped to be asked again when shown.
 */
export function useUpdateProject() {
  const [mutate, state] = useMutation(UpdateProjectMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });
  const update = useCallback(
    async (input: UpdateProjectInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateProject;
    },
    [mutate],
  );
  return [update, state] as const;
}
