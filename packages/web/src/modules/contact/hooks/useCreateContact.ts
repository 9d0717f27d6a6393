import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateContactInput } from '../../../generated/graphql';
import { forgetTimelines } from '../../timeline/forgetTimeline';

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

/**
 * Records a new contact, with its affiliation when given; answers it. Lists that may now contain
 * it, and the organization's affiliations and timeline, are dropped from the cache.
 */
export function useCreateContact() {
  const [mutate, state] = useMutation(CreateContactMutation, {
    update(cache, _result, { variables }) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
      const organizationId = variables?.input.affiliation?.organizationId?.toString();
      if (organizationId) {
        cache.evict({
          id: cache.identify({ __typename: 'Organization', id: organizationId }),
          fieldName: 'affiliations',
        });
        forgetTimelines(cache, [{ __typename: 'Organization', id: organizationId }]);
      }
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
