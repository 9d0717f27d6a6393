import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateLeadInput } from '../../../generated/graphql';

const CreateLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      name
      ...LeadForm_lead
    }
  }
`);

/** Records a new lead; the lead lists are asked again. */
export function useCreateLead() {
  const [mutate, state] = useMutation(CreateLeadMutation);
  const create = useCallback(
    async (input: CreateLeadInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
          cache.gc();
        },
      });
      return data!.createLead;
    },
    [mutate],
  );
  return [create, state] as const;
}
