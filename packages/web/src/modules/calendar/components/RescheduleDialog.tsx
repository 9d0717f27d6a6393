import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type FormEvent } from 'react';
import { toLocalInput } from '../../activity/components/activityFormValues';
import { whenOf } from '../calendarRange';
import type { CalendarActivity } from '../hooks/useCalendarActivities';
import { DateTimeField } from '../../../ui/DateField';

export interface RescheduleDialogProps {
  activity: CalendarActivity | null;
  onClose(): void;
  onSave(activity: CalendarActivity, when: Dayjs): void | Promise<void>;
}

function RescheduleForm({ activity, onClose, onSave }: RescheduleDialogProps & { activity: CalendarActivity }) {
  const [value, setValue] = useState(() => toLocalInput(whenOf(activity)?.toISOString()));
  const isTodo = activity.kind === 'TODO' || !activity.startsAt;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) return;
    onClose();
    void onSave(activity, dayjs(value));
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm">
          {activity.endsAt ? 'Its end moves with it, so it keeps its length.' : 'Pick the new date and time.'}
        </Text>
        <DateTimeField
          label={isTodo ? 'New due date and time' : 'New start'}
          required
          clearable={false}
          data-autofocus
          value={value}
          onChange={(value) => setValue(value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!value}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The way to reschedule without dragging: a date and time picked in a dialog. */
export function RescheduleDialog(props: RescheduleDialogProps) {
  return (
    <Modal
      opened={props.activity !== null}
      onClose={props.onClose}
      title={`Reschedule “${props.activity?.subject ?? ''}”`}
    >
      {props.activity && <RescheduleForm {...props} activity={props.activity} />}
    </Modal>
  );
}
