import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import { CONCERNED_KINDS, type ConcernedKind } from '../activityRecords';
import { forgetActivityLists } from './activityCache';

const LinkActivityMutation = graphql(`
  mutation LinkActivity($input: LinkActivityInput!) {
    linkActivity(input: $input) {
      id
      activity {
        id
        ...ActivityConcerns_activity
      }
    }
  }
`);

/** Records that an activity concerns one more record; that record's timeline is asked again. */
export function useLinkActivity() {
  const [mutate, state] = useMutation(LinkActivityMutation);
  const link = useCallback(
    async (activityId: string, record: { kind: ConcernedKind; id: string }) => {
      await mutate({
        variables: { input: { activityId, [CONCERNED_KINDS[record.kind].idField]: record.id } },
        update: (cache) => forgetActivityLists(cache, [record]),
      });
    },
    [mutate],
  );
  return [link, state] as const;
}
