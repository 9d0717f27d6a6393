import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';

export const RevertChangeMutation = graphql(`
  mutation RevertChange($input: RevertChangeInput!) {
    revertChange(input: $input) {
      id
      action
      revertsChange {
        id
        revertedBy {
          id
        }
      }
    }
  }
`);

/**
 * Undoes one change of a history. The record, its lists and its history may all differ afterwards:
 * every query on screen is asked again.
 */
export function useRevertChange() {
  const [mutate, state] = useMutation(RevertChangeMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const revert = useCallback(
    async (changeId: string) => {
      const { data } = await mutate({ variables: { input: { changeId } } });
      return data!.revertChange;
    },
    [mutate],
  );
  return [revert, state] as const;
}
