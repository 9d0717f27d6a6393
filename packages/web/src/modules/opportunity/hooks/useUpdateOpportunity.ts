import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateOpportunityInput } from '../../../generated/graphql';
import { forgetOpportunityLists } from './opportunityCache';

const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
    updateOpportunity(input: $input) {
      id
      title
      version
      ...OpportunityDetails_opportunity
      ...OpportunityForm_opportunity
    }
  }
`);

/**
 * Changes an opportunity with the `version` it was edited from (a newer one answers CONFLICT). The
 * board, and the opportunities of its old and new organization and project, are asked again.
 */
export function useUpdateOpportunity() {
  const [mutate, state] = useMutation(UpdateOpportunityMutation);
  const update = useCallback(
    async (input: UpdateOpportunityInput, previous: { organizationId?: string | null; projectId?: string | null }) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) =>
          forgetOpportunityLists(cache, {
            organizationIds: [previous.organizationId, input.organizationId],
            projectIds: [previous.projectId, input.projectId],
          }),
      });
      return data!.updateOpportunity;
    },
    [mutate],
  );
  return [update, state] as const;
}
