import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { NeedPriority, NeedStatus } from '../../../generated/graphql';

export const SetNeedFieldMutation = graphql(`
  mutation SetNeedField($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      id
      version
      status
      priority
      updatedAt
    }
  }
`);

/** The fields of a need that its list row changes in place. */
export type NeedRowField = { status: NeedStatus } | { priority: NeedPriority };

/**
 * Changes a need's status or priority from its list row, on the version the row shows (a newer one
 * answers CONFLICT). The row follows from the cache; the list keeps its order until asked again.
 */
export function useSetNeedField() {
  const [mutate, state] = useMutation(SetNeedFieldMutation);
  const setField = useCallback(
    async (need: { id: string; version: number }, patch: NeedRowField) => {
      const { data } = await mutate({ variables: { input: { id: need.id, version: need.version, ...patch } } });
      return data!.updateNeed;
    },
    [mutate],
  );
  return [setField, state] as const;
}
