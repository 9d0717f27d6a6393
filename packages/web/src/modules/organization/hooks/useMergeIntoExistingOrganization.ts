import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData } from '../../../generated';
import { OrganizationForm_organization } from '../components/OrganizationForm';
import { formValuesOf, type OrganizationFormValues } from '../components/organizationFormValues';
import { OrganizationEditQuery } from '../pages/OrganizationEditPage';
import { removeDraft, writeDraft } from '../../../ui/useDraft';

/** The typed values put into the empty fields of the existing organization. */
function fillBlanks(existing: OrganizationFormValues, typed: OrganizationFormValues): OrganizationFormValues {
  return {
    ...existing,
    acronym: existing.acronym || typed.acronym,
    kind: existing.kind ?? typed.kind,
    country: existing.country ?? typed.country,
    city: existing.city || typed.city,
    website: existing.website || typed.website,
    parent: existing.parent ?? typed.parent,
    description: existing.description || typed.description,
  };
}

/**
 * "Merge" on the new-organization form: nothing is created; the existing organization's edit form
 * opens with what was typed put into its empty fields (as a draft, to review and save).
 */
export function useMergeIntoExistingOrganization() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (organizationId: string, typed: OrganizationFormValues) => {
      const { data } = await client.query({
        query: OrganizationEditQuery,
        variables: { id: organizationId },
        fetchPolicy: 'network-only',
      });
      const existing = getFragmentData(OrganizationForm_organization, data?.organization);
      if (!existing) throw new Error('That organization is no longer there.');
      const merged = fillBlanks(formValuesOf(existing), typed);
      writeDraft(`organization:${organizationId}`, merged, formValuesOf(existing));
      removeDraft('organization:new');
      navigate(`/organizations/${organizationId}/edit`);
    },
    [client, navigate],
  );
}
