import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { OrganizationKind } from '../../../generated/graphql';

export const SetOrganizationFieldMutation = graphql(`
  mutation SetOrganizationField($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      version
      acronym
      kind
      country
      city
      updatedAt
    }
  }
`);

/** The fields of an organization that its list row changes in place. */
export type OrganizationRowField =
  { acronym: string | null } | { kind: OrganizationKind } | { country: string } | { city: string | null };

/**
 * Changes one simple field of an organization from its list row, on the version the row shows (a
 * newer one answers CONFLICT). The row follows from the cache; the list keeps its order, filters
 * and sort until asked again.
 */
export function useSetOrganizationField() {
  const [mutate, state] = useMutation(SetOrganizationFieldMutation);
  const setField = useCallback(
    async (organization: { id: string; version: number }, patch: OrganizationRowField) => {
      const { data } = await mutate({
        variables: { input: { id: organization.id, version: organization.version, ...patch } },
      });
      return data!.updateOrganization;
    },
    [mutate],
  );
  return [setField, state] as const;
}
