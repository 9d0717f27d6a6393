import { useQuery } from '@apollo/client/react';
import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { CountrySelect } from '../../../ui/CountrySelect';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { VISIBILITY_OPTIONS } from '../../activity/activityLabels';
import { UserSelect } from '../../bulk/components/UserSelect';
import { SharingTeams } from '../../savedView/components/SharingFields';
import { LEAD_SOURCE_OPTIONS, LEAD_STATUS_LABELS, LEAD_WORKING_STATUS_OPTIONS } from '../leadLabels';
import { formValuesOf, LEAD_CONFLICT_FIELDS, LEAD_FIELD_LABELS, type LeadFormValues } from './leadFormValues';

export const LeadForm_lead = graphql(`
  fragment LeadForm_lead on Lead {
    id
    version
    name
    organizationName
    email
    country
    source
    status
    interest
    notes
    visibility
    owner {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

export interface LeadFormProps {
  /** The lead to edit; a new one when absent. */
  lead?: FragmentType<typeof LeadForm_lead>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: LeadFormValues): Promise<void>;
  /** Fetches the record as it now is, after a CONFLICT, as form values. */
  onLoadLatest?(): Promise<LeadFormValues | undefined>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit a lead; a converted one only its notes. Input is kept as a draft until saved. */
export function LeadForm({ lead: ref, onSubmit, onLoadLatest, onCancel, submitLabel }: LeadFormProps) {
  const lead = getFragmentData(LeadForm_lead, ref);
  const converted = lead?.status === 'CONVERTED';
  const myTeams = useQuery(SharingTeams).data?.me?.teams ?? [];
  const teams = lead?.team && !myTeams.some((team) => team.id === lead.team?.id) ? [...myTeams, lead.team] : myTeams;
  const { form, frameProps } = useRecordForm<LeadFormValues>({
    draftKey: `lead:${lead?.id ?? 'new'}`,
    values: formValuesOf(lead),
    validate: {
      name: (value) => (value.trim() ? null : 'Give the name of the person or community'),
      teamId: (value, values) => (values.visibility === 'TEAM' && !value ? 'Choose the team that sees it' : null),
    },
    conflictFields: LEAD_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: onLoadLatest,
  });
  const statusOptions =
    lead && !LEAD_WORKING_STATUS_OPTIONS.some((option) => option.value === lead.status)
      ? [...LEAD_WORKING_STATUS_OPTIONS, { value: lead.status, label: LEAD_STATUS_LABELS[lead.status] }]
      : LEAD_WORKING_STATUS_OPTIONS;

  return (
    <RecordFormFrame {...frameProps} submitLabel={submitLabel} onCancel={onCancel} fieldLabels={LEAD_FIELD_LABELS}>
      {converted && (
        <Alert color="green" variant="light">
          This lead was converted: only its notes can still change.
        </Alert>
      )}
      <TextInput
        label="Name"
        description="The person or the community."
        withAsterisk
        disabled={converted}
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Organization" disabled={converted} {...form.getInputProps('organizationName')} />
        <TextInput label="Email" type="email" disabled={converted} {...form.getInputProps('email')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CountrySelect label="Country" disabled={converted} {...form.getInputProps('country')} />
        <Select
          label="Source"
          data={LEAD_SOURCE_OPTIONS}
          allowDeselect={false}
          disabled={converted}
          {...form.getInputProps('source')}
        />
        <Select
          label="Status"
          data={statusOptions}
          allowDeselect={false}
          disabled={converted}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <UserSelect
          label="Owner"
          description={lead ? undefined : 'Yourself when left empty.'}
          clearable={!lead}
          disabled={converted}
          {...form.getInputProps('ownerId')}
        />
        <Select
          label="Visible to"
          data={VISIBILITY_OPTIONS}
          allowDeselect={false}
          disabled={converted}
          {...form.getInputProps('visibility')}
        />
        <Select
          label="Team"
          clearable
          data={teams.map((team) => ({ value: team.id, label: team.name }))}
          disabled={converted}
          {...form.getInputProps('teamId')}
        />
      </SimpleGrid>
      <Textarea
        label="Interest"
        description="What they are interested in. Markdown: **bold**, lists, links."
        autosize
        minRows={2}
        maxRows={10}
        disabled={converted}
        {...form.getInputProps('interest')}
      />
      <Textarea label="Notes" autosize minRows={3} maxRows={14} {...form.getInputProps('notes')} />
    </RecordFormFrame>
  );
}
