import { Select, SimpleGrid, Textarea, TextInput, type ComboboxItem } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { UserMultiSelect, UserSelect } from '../../bulk/components/UserSelect';
import { useUserOptions } from '../../bulk/hooks/useUserOptions';
import { ACTIVITY_KIND_OPTIONS, ACTIVITY_STATUS_OPTIONS, VISIBILITY_OPTIONS } from '../activityLabels';
import {
  ACTIVITY_CONFLICT_FIELDS,
  ACTIVITY_FIELD_LABELS,
  formErrorsOf,
  formValuesOf,
  type ActivityFormValues,
} from './activityFormValues';
import { RecordListInput } from './RecordListInput';
import { CONCERNED_KIND_LIST } from '../activityRecords';
import { DateTimeField } from '../../../ui/DateField';

export const ActivityForm_activity = graphql(`
  fragment ActivityForm_activity on Activity {
    id
    version
    kind
    subject
    status
    startsAt
    endsAt
    dueAt
    location
    visibility
    description
    outcome
    owner {
      id
      name
    }
  }
`);

export interface ActivityFormProps {
  /** The activity to edit; a new one when absent. */
  activity?: FragmentType<typeof ActivityForm_activity>;
  /** A new activity's starting values (from the page it was started on). */
  defaults?: Partial<ActivityFormValues>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: ActivityFormValues): Promise<void>;
  /** Fetches the latest version after a CONFLICT; answers it as form values. */
  onReloadLatest?(): Promise<ActivityFormValues | undefined>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit an activity. Input is kept as a draft until saved (see useDraft). */
export function ActivityForm({
  activity: ref,
  defaults,
  onSubmit,
  onReloadLatest,
  onCancel,
  submitLabel,
}: ActivityFormProps) {
  const activity = getFragmentData(ActivityForm_activity, ref);
  const isNew = !activity;
  const values = useMemo(() => formValuesOf(activity, defaults), [activity, defaults]);
  const { options: users } = useUserOptions();
  const userName = useCallback(
    (id: unknown) => users.find((user: ComboboxItem) => user.value === id)?.label ?? '—',
    [users],
  );
  const conflictFields = useMemo(
    () => ACTIVITY_CONFLICT_FIELDS.map((spec) => (spec.key === 'ownerId' ? { ...spec, format: userName } : spec)),
    [userName],
  );
  const { form, frameProps } = useRecordForm<ActivityFormValues>({
    draftKey: `activity:${activity?.id ?? 'new'}`,
    values,
    validate: {
      subject: (value) => (value.trim() ? null : 'Say in one line what it is about'),
      kind: (value) => (value ? null : 'Choose what sort of activity it is'),
      endsAt: (value, all) => (value && all.startsAt && value < all.startsAt ? 'Must not be before it starts' : null),
    },
    conflictFields,
    onSubmit,
    loadLatest: onReloadLatest,
    formErrorsOf,
  });

  return (
    <RecordFormFrame {...frameProps} submitLabel={submitLabel} onCancel={onCancel} fieldLabels={ACTIVITY_FIELD_LABELS}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Kind"
          withAsterisk
          data={ACTIVITY_KIND_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Select label="Status" data={ACTIVITY_STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
      </SimpleGrid>
      <TextInput label="Subject" withAsterisk autoComplete="off" {...form.getInputProps('subject')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateTimeField label="Starts" {...form.getInputProps('startsAt')} />
        <DateTimeField label="Ends" {...form.getInputProps('endsAt')} />
        <DateTimeField label="Due" description="For to-dos: when it must be done." {...form.getInputProps('dueAt')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Location" placeholder="Room, city, video link" {...form.getInputProps('location')} />
        <UserSelect
          label="Owner"
          placeholder={isNew ? 'Me' : undefined}
          clearable={isNew}
          {...form.getInputProps('ownerId')}
        />
        <Select
          label="Visible to"
          data={VISIBILITY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('visibility')}
        />
      </SimpleGrid>
      {isNew && (
        <>
          <RecordListInput
            label="Concerns"
            kinds={CONCERNED_KIND_LIST}
            addLabel="Add a record it concerns"
            {...form.getInputProps('concerns')}
          />
          <RecordListInput
            label="Contacts taking part"
            kinds={['CONTACT']}
            addLabel="Add a contact"
            {...form.getInputProps('participantContacts')}
          />
          <UserMultiSelect label="Colleagues taking part" {...form.getInputProps('participantUserIds')} />
        </>
      )}
      <Textarea
        label="Notes"
        description="Agenda, what was said."
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('description')}
      />
      <Textarea label="Outcome" autosize minRows={2} maxRows={8} {...form.getInputProps('outcome')} />
    </RecordFormFrame>
  );
}
