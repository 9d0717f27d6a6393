import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateProjectOrganizationLinkInput } from '../../../generated/graphql';

export const UpdateProjectOrganizationLinkMutation = graphql(`
  mutation UpdateProjectOrganizationLink($input: UpdateProjectOrganizationLinkInput!) {
    updateProjectOrganizationLink(input: $input) {
      id
      ...ProjectOrganizationLink_link
    }
  }
`);

/** Changes the role, dates or note of a organization's link to a project; the cache updates the link itself. */
export function useUpdateProjectOrganizationLink() {
  const [mutate, state] = useMutation(UpdateProjectOrganizationLinkMutation);
  const update = useCallback(
    async (input: UpdateProjectOrganizationLinkInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateProjectOrganizationLink;
    },
    [mutate],
  );
  return [update, state] as const;
}
