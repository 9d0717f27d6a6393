import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UnlinkContactFromProjectInput } from '../../../generated/graphql';
import { evictProjectLinks } from './evictProjectLinks';

const UnlinkContactFromProjectMutation = graphql(`
  mutation UnlinkContactFromProject($input: UnlinkContactFromProjectInput!) {
    unlinkContactFromProject(input: $input) {
      id
      project {
        id
      }
      contact {
        id
      }
    }
  }
`);

/** Ends a contact's part in a project (removes the link). */
export function useUnlinkContactFromProject() {
  const [mutate, state] = useMutation(UnlinkContactFromProjectMutation);
  const unlink = useCallback(
    async (input: UnlinkContactFromProjectInput) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data: answer }) => {
          const removed = answer?.unlinkContactFromProject;
          if (!removed) return;
          cache.evict({ id: cache.identify({ __typename: 'ProjectContactLink', id: removed.id }) });
          evictProjectLinks(cache, removed.project.id, { typename: 'Contact', id: removed.contact.id });
        },
      });
      return data!.unlinkContactFromProject;
    },
    [mutate],
  );
  return [unlink, state] as const;
}
