import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateMilestoneInput } from '../../../generated/graphql';

const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      id
      ...ProjectMilestoneItem_milestone
    }
  }
`);

/** Adds a milestone to a project; the project's milestones are asked again. */
export function useCreateMilestone() {
  const [mutate, state] = useMutation(CreateMilestoneMutation);
  const create = useCallback(
    async (input: CreateMilestoneInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Project', id: input.projectId }), fieldName: 'milestones' });
          cache.gc();
        },
      });
      return data!.createMilestone;
    },
    [mutate],
  );
  return [create, state] as const;
}
