import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { ActivityParticipantsInput } from '../../../generated/graphql';
import { forgetActivityLists } from './activityCache';

const AddActivityParticipantsMutation = graphql(`
  mutation AddActivityParticipants($input: ActivityParticipantsInput!) {
    addActivityParticipants(input: $input) {
      id
      ...ActivityParticipants_activity
    }
  }
`);

const contactsOf = (input: ActivityParticipantsInput) =>
  (input.contactIds ?? []).map((id) => ({ kind: 'CONTACT' as const, id: String(id) }));

/** Adds contacts or colleagues to an activity; the contacts' timelines are asked again. */
export function useAddActivityParticipants() {
  const [mutate, state] = useMutation(AddActivityParticipantsMutation);
  const add = useCallback(
    async (input: ActivityParticipantsInput) => {
      await mutate({ variables: { input }, update: (cache) => forgetActivityLists(cache, contactsOf(input)) });
    },
    [mutate],
  );
  return [add, state] as const;
}
