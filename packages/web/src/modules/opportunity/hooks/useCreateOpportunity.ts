import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateOpportunityInput } from '../../../generated/graphql';
import { forgetOpportunityLists } from './opportunityCache';

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      id
      title
      ...OpportunityForm_opportunity
    }
  }
`);

/** Records a new opportunity; the board and the lists of its organization or project are asked again. */
export function useCreateOpportunity() {
  const [mutate, state] = useMutation(CreateOpportunityMutation);
  const create = useCallback(
    async (input: CreateOpportunityInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) =>
          forgetOpportunityLists(cache, { organizationIds: [input.organizationId], projectIds: [input.projectId] }),
      });
      return data!.createOpportunity;
    },
    [mutate],
  );
  return [create, state] as const;
}
