import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { AffiliateContactInput, UpdateAffiliationInput } from '../../../generated/graphql';
import { forgetTimelines } from '../../timeline/forgetTimeline';

export const AffiliateContactMutation = graphql(`
  mutation AffiliateContact($input: AffiliateContactInput!) {
    affiliateContact(input: $input) {
      id
      ...AffiliationFields_affiliation
    }
  }
`);

const UpdateAffiliationMutation = graphql(`
  mutation UpdateAffiliation($input: UpdateAffiliationInput!) {
    updateAffiliation(input: $input) {
      id
      ...AffiliationFields_affiliation
    }
  }
`);

export const RemoveAffiliationMutation = graphql(`
  mutation RemoveAffiliation($input: RemoveAffiliationInput!) {
    removeAffiliation(input: $input) {
      id
      contact {
        id
      }
      organization {
        id
      }
    }
  }
`);

/**
 * An affiliation changed: both ends' affiliation lists, the contact's primary organization (a new
 * primary one unsets the previous) and the contact lists filtered by organization are asked again.
 */
function forgetAffiliationsOf(cache: ApolloCache, contactId: string, organizationId: string) {
  const contact = cache.identify({ __typename: 'Contact', id: contactId });
  const organization = cache.identify({ __typename: 'Organization', id: organizationId });
  for (const fieldName of ['affiliations', 'primaryOrganization', 'organizations'] as const)
    cache.evict({ id: contact, fieldName });
  cache.evict({ id: organization, fieldName: 'affiliations' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
  forgetTimelines(cache, [
    { __typename: 'Contact', id: contactId },
    { __typename: 'Organization', id: organizationId },
  ]);
  cache.gc();
}

/** Affiliates a contact with an organization; answers the affiliation. */
export function useAffiliateContact() {
  const [mutate, state] = useMutation(AffiliateContactMutation);
  const affiliate = useCallback(
    async (input: AffiliateContactInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetAffiliationsOf(cache, String(input.contactId), String(input.organizationId)),
      });
      return data!.affiliateContact;
    },
    [mutate],
  );
  return [affiliate, state] as const;
}

/** Changes an affiliation's role, dates or primacy, with the version edited. */
export function useUpdateAffiliation() {
  const [mutate, state] = useMutation(UpdateAffiliationMutation);
  const update = useCallback(
    async (input: UpdateAffiliationInput, ends: { contactId: string; organizationId: string }) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetAffiliationsOf(cache, ends.contactId, ends.organizationId),
      });
      return data!.updateAffiliation;
    },
    [mutate],
  );
  return [update, state] as const;
}

/** Removes an affiliation (a mistake; a past one is ended with a date instead). */
export function useRemoveAffiliation() {
  const [mutate, state] = useMutation(RemoveAffiliationMutation);
  const remove = useCallback(
    async (id: string, version: number) => {
      const { data } = await mutate({
        variables: { input: { id, version } },
        update(cache, { data }) {
          const removed = data?.removeAffiliation;
          if (!removed) return;
          cache.evict({ id: cache.identify({ __typename: 'Affiliation', id }) });
          forgetAffiliationsOf(cache, removed.contact.id, removed.organization.id);
        },
      });
      return data!.removeAffiliation;
    },
    [mutate],
  );
  return [remove, state] as const;
}
