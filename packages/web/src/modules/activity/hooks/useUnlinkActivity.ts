import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { ConcernedKind } from '../activityRecords';
import { forgetActivityLists } from './activityCache';

const UnlinkActivityMutation = graphql(`
  mutation UnlinkActivity($input: UnlinkActivityInput!) {
    unlinkActivity(input: $input) {
      id
      ...ActivityConcerns_activity
    }
  }
`);

/** Removes one link of an activity (ActivityLink.id); the record it pointed to is asked again. */
export function useUnlinkActivity() {
  const [mutate, state] = useMutation(UnlinkActivityMutation);
  const unlink = useCallback(
    async (linkId: string, record: { kind: ConcernedKind; id: string }) => {
      await mutate({ variables: { input: { id: linkId } }, update: (cache) => forgetActivityLists(cache, [record]) });
    },
    [mutate],
  );
  return [unlink, state] as const;
}
