import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateContactInput } from '../../../generated/graphql';

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      id
      name
      version
      ...ContactDetails_contact
      ...ContactForm_contact
    }
  }
`);

/**
 * Changes a contact with the `version` it was edited from (a newer one on the server answers
 * CONFLICT). The answer updates the record in the cache; lists, whose order or filters may no
 * longer hold, are dropped and asked again when shown.
 */
export function useUpdateContact() {
  const [mutate, state] = useMutation(UpdateContactMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
      cache.gc();
    },
  });
  const update = useCallback(
    async (input: UpdateContactInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateContact;
    },
    [mutate],
  );
  return [update, state] as const;
}
