import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../../generated';
import type { ActivityStatus } from '../../../generated/graphql';
import { InlineSelectCell } from '../../../ui/list';
import { ACTIVITY_STATUS_OPTIONS } from '../activityLabels';
import { useSetActivityStatus } from '../hooks/useSetActivityStatus';
import { ActivityStatusBadge } from './ActivityKindBadge';

export const ActivityStatusNowQuery = graphql(`
  query ActivityStatusNow($id: ID!) {
    activity(id: $id) {
      id
      version
      status
    }
  }
`);

/** An activity's status in its list row: editors change it there (planned, done, cancelled). */
export function ActivityStatusCell({
  activity,
}: {
  activity: { id: string; version: number; status: ActivityStatus; subject: string };
}) {
  const client = useApolloClient();
  const [setStatus] = useSetActivityStatus();
  return (
    <InlineSelectCell
      field="Status"
      recordName={activity.subject}
      value={activity.status}
      version={activity.version}
      options={ACTIVITY_STATUS_OPTIONS}
      display={<ActivityStatusBadge status={activity.status} />}
      save={(status, version) => setStatus({ id: activity.id, version }, status)}
      reload={async () => {
        const { data } = await client.query({
          query: ActivityStatusNowQuery,
          variables: { id: activity.id },
          fetchPolicy: 'network-only',
        });
        const now = data?.activity;
        if (!now) throw new Error('This activity is no longer there.');
        return { value: now.status, version: now.version };
      }}
    />
  );
}
