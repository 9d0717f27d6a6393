import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { UserSelect } from '../../bulk/components/UserSelect';
import { DateField } from '../../../ui/DateField';

/** A follow-up to-do as the log dialog edits it; empty strings stand for "none". */
export interface FollowUpValues {
  wanted: boolean;
  subject: string;
  due: string;
  ownerId: string | null;
}

export const NO_FOLLOW_UP: FollowUpValues = { wanted: false, subject: '', due: '', ownerId: null };

/** The `followUp` of `createActivity`, or nothing when none is wanted. */
export function followUpInput(values: FollowUpValues) {
  if (!values.wanted || !values.subject.trim()) return undefined;
  return {
    subject: values.subject.trim(),
    ...(values.due && { dueAt: new Date(`${values.due}T09:00`).toISOString() }),
    ...(values.ownerId && { ownerId: values.ownerId }),
  };
}

interface FollowUpFieldsProps {
  value: FollowUpValues;
  onChange(value: FollowUpValues): void;
  error?: ReactNode;
}

/** "Add a follow-up to-do": what, by when, by whom; saved with the activity. */
export function FollowUpFields({ value, onChange, error }: FollowUpFieldsProps) {
  const set = (patch: Partial<FollowUpValues>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="xs">
      <Checkbox
        label="Add a follow-up to-do"
        checked={value.wanted}
        onChange={(event) => set({ wanted: event.currentTarget.checked })}
      />
      {value.wanted && (
        <>
          <TextInput
            label="To-do"
            withAsterisk
            placeholder="Send the slides, call back…"
            value={value.subject}
            onChange={(event) => set({ subject: event.currentTarget.value })}
            error={error ?? (value.subject.trim() ? undefined : 'Say what is to be done')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label="Due"

              value={value.due}
              onChange={(value) => set({ due: value })}
            />
            <UserSelect
              label="Assignee"
              placeholder="The owner of the activity"
              clearable
              value={value.ownerId}
              onChange={(ownerId) => set({ ownerId })}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
