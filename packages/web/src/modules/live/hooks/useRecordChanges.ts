import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
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

export type RecordChangeEvent = RecordChangesSubscription['recordChanged'];

/** Changes that come together (a merge, a bulk action) are told at once, after this quiet time. */
const GATHER_MS = 300;

/**
 * Calls `onChanges` with the committed changes of a record, those the server lets the viewer
 * see, gathered over a short quiet time; and with none when the connection comes back after a
 * cut (changes may have been missed: the caller reloads). Nothing without a live connection.
 */
export function useRecordChanges(recordId: string | undefined, onChanges: (changes: RecordChangeEvent[]) => void) {
  const live = useLiveConnection();
  const callback = useRef(onChanges);
  const gathered = useRef<RecordChangeEvent[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    callback.current = onChanges;
  });

  const flushSoon = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      callback.current(gathered.current.splice(0));
    }, GATHER_MS);
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(() => (live && recordId ? live.onReconnected(flushSoon) : undefined), [live, recordId]);

  useSubscription(RecordChangesSubscriptionDocument, {
    variables: { ids: recordId ? [recordId] : [] },
    skip: !live || !recordId,
    onData: ({ data }) => {
      if (!data.data) return;
      gathered.current.push(data.data.recordChanged);
      flushSoon();
    },
  });
}
