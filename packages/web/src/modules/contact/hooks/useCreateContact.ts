import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateContactInput } from '../../../generated/graphql';

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      name
      ...ContactDetails_contact
      ...ContactForm_contact
    }
  }
`);

/** Records a new contact; answers it. Lists that may now contain it are dropped from the cache. */
export function useCreateContact() {
  const [mutate, state] = useMutation(CreateContactMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
      cache.gc();
    },
  });
  const create = useCallback(
    async (input: CreateContactInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.createContact;
    },
    [mutate],
  );
  return [create, state] as const;
}
