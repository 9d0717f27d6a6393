import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { graphql } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import {
  conflictCurrentOf,
  conflictFieldsOf,
  isConflict,
  reapplyEdits,
  type ConflictDialogProps,
  type ConflictFieldSpec,
} from '../../../ui/conflict';
import { forgetActivityLists } from '../../activity/hooks/activityCache';
import { movedTo, type Timed } from '../calendarRange';
import type { CalendarActivity } from './useCalendarActivities';

export const RescheduleActivityMutation = graphql(`
  mutation RescheduleActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      version
      startsAt
      endsAt
      dueAt
    }
  }
`);

const formatTime = (value: string | null | undefined) => (value ? dayjs(value).format('D MMM YYYY, HH:mm') : '—');
const sameTime = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? dayjs(a).valueOf() : null) === (b ? dayjs(b).valueOf() : null);
const TIME_FIELDS: ConflictFieldSpec<Timed>[] = [
  { key: 'startsAt', label: 'Starts', format: formatTime, same: sameTime },
  { key: 'endsAt', label: 'Ends', format: formatTime, same: sameTime },
  { key: 'dueAt', label: 'Due', format: formatTime, same: sameTime },
];

const timesOf = (record: Timed): Timed => ({
  startsAt: record.startsAt ?? null,
  endsAt: record.endsAt ?? null,
  dueAt: record.dueAt ?? null,
});

interface Pending {
  id: string;
  base: Timed;
  yours: Timed;
  theirs: Timed & { version: number };
}

/**
 * Moves an activity to another time through `updateActivity`, with the version the calendar
 * shows. A stale version opens the conflict dialog (their times beside yours); any other refusal
 * is said in a notification. The activity lists are asked again afterwards.
 */
export function useRescheduleActivity() {
  const [mutate] = useMutation(RescheduleActivityMutation, {
    update(cache) {
      forgetActivityLists(cache);
    },
  });
  const client = useApolloClient();
  const [pending, setPending] = useState<Pending | null>(null);

  const save = useCallback(
    async (id: string, version: number, times: Timed, base: Timed) => {
      try {
        await mutate({ variables: { input: { id, version, ...times } } });
        notifications.show({ color: 'green', message: 'Rescheduled' });
      } catch (error) {
        const current = conflictCurrentOf(error);
        if (isConflict(error) && current) {
          const theirs = { ...timesOf(current as Timed), version: Number(current.version) };
          setPending({ id, base, yours: { ...base, ...times }, theirs });
          return;
        }
        const { title, message } = describeError(error);
        notifications.show({ color: 'red', title, message });
      }
    },
    [mutate],
  );

  const reschedule = useCallback(
    (activity: CalendarActivity, when: Dayjs) =>
      save(activity.id, activity.version, movedTo(activity, when), timesOf(activity)),
    [save],
  );

  const conflictDialogProps: ConflictDialogProps = {
    opened: pending !== null,
    fields: pending ? conflictFieldsOf(TIME_FIELDS, pending.base, pending.theirs, pending.yours) : [],
    onClose: () => setPending(null),
    onReapply: async () => {
      if (!pending) return;
      setPending(null);
      const theirs = timesOf(pending.theirs);
      const merged = reapplyEdits(TIME_FIELDS, pending.base, theirs, pending.yours);
      await save(pending.id, pending.theirs.version, merged, theirs);
    },
    onReload: () => {
      setPending(null);
      forgetActivityLists(client.cache);
    },
  };
  return { reschedule, conflictDialogProps };
}
