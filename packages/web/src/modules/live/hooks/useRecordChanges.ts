import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useLiveConnection } from '../../../app/live/LiveUpdatesContext';
import { graphql } from '../../../generated';
import type { RecordChangesSubscription } from '../../../generated/graphql';

export const RecordChangesSubscriptionDocument = graphql(`
  subscription RecordChanges($ids: [ID!]) {
    recordChanged(ids: $ids) {
      changeId
      kind
      recordId
      action
      at
      actor {
        id
        name
      }
    }
  }
`);

export const TimelineChangesSubscriptionDocument = graphql(`
  subscription TimelineChanges($recordId: ID!) {
    timelineChanged(recordId: $recordId) {
      changeId
      kind
      recordId
      action
      at
      actor {
        id
        name
      }
    }
  }
`);

export type RecordChangeEvent = RecordChangesSubscription['recordChanged'];

/** Changes that come together (a merge, a bulk action) are told at once, after this quiet time. */
const GATHER_MS = 300;

type OnChanges = (changes: RecordChangeEvent[]) => void;

/**
 * Gathers changes over a short quiet time before telling `onChanges`, and tells it (with none)
 * when the connection comes back after a cut, as changes may have been missed.
 */
function useGathered(live: boolean, recordId: string | undefined, onChanges: OnChanges) {
  const connection = useLiveConnection();
  const callback = useRef(onChanges);
  const gathered = useRef<RecordChangeEvent[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    callback.current = onChanges;
  });
  const flushSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      callback.current(gathered.current.splice(0));
    }, GATHER_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(
    () => (live && connection && recordId ? connection.onReconnected(flushSoon) : undefined),
    [live, connection, recordId, flushSoon],
  );
  return (change: RecordChangeEvent) => {
    gathered.current.push(change);
    flushSoon();
  };
}

/**
 * Calls `onChanges` with the committed changes of a record that the server lets the viewer see,
 * gathered over a short quiet time; and with none when the connection comes back after a cut
 * (the caller reloads). Nothing without a live connection.
 */
export function useRecordChanges(recordId: string | undefined, onChanges: OnChanges) {
  const live = useLiveConnection() !== null;
  const push = useGathered(live, recordId, onChanges);
  useSubscription(RecordChangesSubscriptionDocument, {
    variables: { ids: recordId ? [recordId] : [] },
    skip: !live || !recordId,
    onData: ({ data }) => {
      if (data.data) push(data.data.recordChanged);
    },
  });
}

/** The same for a record's timeline: its own changes and those of the activities and documents linked to it. */
export function useTimelineChanges(recordId: string | undefined, onChanges: OnChanges) {
  const live = useLiveConnection() !== null;
  const push = useGathered(live, recordId, onChanges);
  useSubscription(TimelineChangesSubscriptionDocument, {
    variables: { recordId: recordId ?? '' },
    skip: !live || !recordId,
    onData: ({ data }) => {
      if (data.data) push(data.data.timelineChanged);
    },
  });
}
