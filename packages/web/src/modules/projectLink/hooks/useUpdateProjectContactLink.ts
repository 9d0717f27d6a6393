import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateProjectContactLinkInput } from '../../../generated/graphql';

const UpdateProjectContactLinkMutation = graphql(`
  mutation UpdateProjectContactLink($input: UpdateProjectContactLinkInput!) {
    updateProjectContactLink(input: $input) {
      id
      ...ProjectContactLink_link
    }
  }
`);

/** Changes the role, dates or note of a contact's link to a project; the cache updates the link itself. */
export function useUpdateProjectContactLink() {
  const [mutate, state] = useMutation(UpdateProjectContactLinkMutation);
  const update = useCallback(
    async (input: UpdateProjectContactLinkInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateProjectContactLink;
    },
    [mutate],
  );
  return [update, state] as const;
}
