import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateActivityInput } from '../../../generated/graphql';
import { forgetActivityLists, recordsOfInput } from './activityCache';

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      subject
      ...ActivityForm_activity
    }
  }
`);

/**
 * Records a new activity; answers it. Activity lists, and the timelines of the records it concerns
 * and of its contacts, are dropped from the cache: shown ones ask the server again at once.
 */
export function useCreateActivity() {
  const [mutate, state] = useMutation(CreateActivityMutation, {
    update(cache, _result, { variables }) {
      forgetActivityLists(cache, variables ? recordsOfInput(variables.input) : []);
    },
  });
  const create = useCallback(
    async (input: CreateActivityInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.createActivity;
    },
    [mutate],
  );
  return [create, state] as const;
}
