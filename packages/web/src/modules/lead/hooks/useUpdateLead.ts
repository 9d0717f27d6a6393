import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateLeadInput } from '../../../generated/graphql';

const UpdateLeadMutation = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      name
      version
      ...LeadDetails_lead
      ...LeadForm_lead
    }
  }
`);

/** Changes a lead with the `version` it was edited from (a newer one answers CONFLICT); lists are asked again. */
export function useUpdateLead() {
  const [mutate, state] = useMutation(UpdateLeadMutation);
  const update = useCallback(
    async (input: UpdateLeadInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
          cache.gc();
        },
      });
      return data!.updateLead;
    },
    [mutate],
  );
  return [update, state] as const;
}
