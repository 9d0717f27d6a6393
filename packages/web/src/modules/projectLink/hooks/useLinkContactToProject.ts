import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { LinkContactToProjectInput } from '../../../generated/graphql';
import { evictProjectLinks } from './evictProjectLinks';

export const LinkContactToProjectMutation = graphql(`
  mutation LinkContactToProject($input: LinkContactToProjectInput!) {
    linkContactToProject(input: $input) {
      id
      ...ProjectContactLink_link
    }
  }
`);

/** Makes a contact take part in a project, in a role. */
export function useLinkContactToProject() {
  const [mutate, state] = useMutation(LinkContactToProjectMutation);
  const link = useCallback(
    async (input: LinkContactToProjectInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) =>
          evictProjectLinks(cache, String(input.projectId), { typename: 'Contact', id: String(input.contactId) }),
      });
      return data!.linkContactToProject;
    },
    [mutate],
  );
  return [link, state] as const;
}
