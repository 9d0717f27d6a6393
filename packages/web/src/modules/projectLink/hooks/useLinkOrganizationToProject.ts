import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { LinkOrganizationToProjectInput } from '../../../generated/graphql';
import { evictProjectLinks } from './evictProjectLinks';

export const LinkOrganizationToProjectMutation = graphql(`
  mutation LinkOrganizationToProject($input: LinkOrganizationToProjectInput!) {
    linkOrganizationToProject(input: $input) {
      id
      ...ProjectOrganizationLink_link
    }
  }
`);

/** Makes a organization take part in a project, in a role. */
export function useLinkOrganizationToProject() {
  const [mutate, state] = useMutation(LinkOrganizationToProjectMutation);
  const link = useCallback(
    async (input: LinkOrganizationToProjectInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) =>
          evictProjectLinks(cache, String(input.projectId), {
            typename: 'Organization',
            id: String(input.organizationId),
          }),
      });
      return data!.linkOrganizationToProject;
    },
    [mutate],
  );
  return [link, state] as const;
}
