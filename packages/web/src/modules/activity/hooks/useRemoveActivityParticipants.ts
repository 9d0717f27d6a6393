import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { ActivityParticipantsInput } from '../../../generated/graphql';
import { forgetActivityLists } from './activityCache';

const RemoveActivityParticipantsMutation = graphql(`
  mutation RemoveActivityParticipants($input: ActivityParticipantsInput!) {
    removeActivityParticipants(input: $input) {
      id
      ...ActivityParticipants_activity
    }
  }
`);

/** Takes contacts or colleagues out of an activity; the contacts' timelines are asked again. */
export function useRemoveActivityParticipants() {
  const [mutate, state] = useMutation(RemoveActivityParticipantsMutation);
  const remove = useCallback(
    async (input: ActivityParticipantsInput) => {
      const contacts = (input.contactIds ?? []).map((id) => ({ kind: 'CONTACT' as const, id: String(id) }));
      await mutate({ variables: { input }, update: (cache) => forgetActivityLists(cache, contacts) });
    },
    [mutate],
  );
  return [remove, state] as const;
}
