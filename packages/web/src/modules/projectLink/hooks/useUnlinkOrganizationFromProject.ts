import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UnlinkOrganizationFromProjectInput } from '../../../generated/graphql';
import { evictProjectLinks } from './evictProjectLinks';

export const UnlinkOrganizationFromProjectMutation = graphql(`
  mutation UnlinkOrganizationFromProject($input: UnlinkOrganizationFromProjectInput!) {
    unlinkOrganizationFromProject(input: $input) {
      id
      project {
        id
      }
      organization {
        id
      }
    }
  }
`);

/** Ends a organization's part in a project (removes the link). */
export function useUnlinkOrganizationFromProject() {
  const [mutate, state] = useMutation(UnlinkOrganizationFromProjectMutation);
  const unlink = useCallback(
    async (input: UnlinkOrganizationFromProjectInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data: answer }) => {
          const removed = answer?.unlinkOrganizationFromProject;
          if (!removed) return;
          cache.evict({ id: cache.identify({ __typename: 'ProjectOrganizationLink', id: removed.id }) });
          evictProjectLinks(cache, removed.project.id, { typename: 'Organization', id: removed.organization.id });
        },
      });
      return data!.unlinkOrganizationFromProject;
    },
    [mutate],
  );
  return [unlink, state] as const;
}
