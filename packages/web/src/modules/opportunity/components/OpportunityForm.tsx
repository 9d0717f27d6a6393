import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DateField } from '../../../ui/DateField';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { UserSelect } from '../../bulk/components/UserSelect';
import { useUserOptions } from '../../bulk/hooks/useUserOptions';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { usePipelines } from '../../pipeline/hooks/usePipelines';
import { useTeamOptions } from '../../pipeline/hooks/useTeamOptions';
import { VALUE_UNIT_LABELS } from '../../pipeline/pipelineLabels';
import { ProjectPicker } from '../../project/components/ProjectPicker';
import {
  formErrorsOf,
  formValuesOf,
  OPPORTUNITY_FIELD_LABELS,
  opportunityConflictFields,
  type NewOpportunityDefaults,
  type OpportunityFormValues,
} from './opportunityFormValues';

export const OpportunityForm_opportunity = graphql(`
  fragment OpportunityForm_opportunity on Opportunity {
    id
    version
    title
    pipelineId
    stageId
    expectedValue
    expectedDate
    nextStep
    organization {
      id
      name
    }
    project {
      id
      name
    }
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

export interface OpportunityFormProps {
  /** The opportunity to edit; a new one when absent. */
  opportunity?: FragmentType<typeof OpportunityForm_opportunity>;
  /** What a new one starts with: its pipeline, organization or project. */
  defaults?: NewOpportunityDefaults;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: OpportunityFormValues): Promise<void>;
  /** Fetches the record as it now is, after a CONFLICT, as form values. */
  onLoadLatest?(): Promise<OpportunityFormValues | undefined>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit an opportunity (an engagement in the outreach pipeline). Input is kept as a draft until saved. */
export function OpportunityForm({
  opportunity: ref,
  defaults,
  onSubmit,
  onLoadLatest,
  onCancel,
  submitLabel,
}: OpportunityFormProps) {
  const opportunity = getFragmentData(OpportunityForm_opportunity, ref);
  const { pipelines } = usePipelines();
  const teams = useTeamOptions();
  const { options: users } = useUserOptions();
  const names = useMemo(() => {
    const entries: [string, string][] = [
      ...pipelines.flatMap((pipeline) => [
        [pipeline.id, pipeline.name] as [string, string],
        ...pipeline.stages.map((stage) => [stage.id, stage.name] as [string, string]),
      ]),
      ...teams.map((team) => [team.value, team.label] as [string, string]),
      ...users.map((user) => [user.value, user.label] as [string, string]),
    ];
    return new Map(entries);
  }, [pipelines, teams, users]);
  const conflictFields = useMemo(
    () => opportunityConflictFields((id) => (id ? (names.get(String(id)) ?? String(id)) : '—')),
    [names],
  );
  const { form, frameProps } = useRecordForm<OpportunityFormValues>({
    draftKey: `opportunity:${opportunity?.id ?? `new:${defaults?.organization?.id ?? defaults?.project?.id ?? ''}`}`,
    values: formValuesOf(opportunity, defaults),
    validate: {
      title: (value) => (value.trim() ? null : 'Say what is being pursued'),
      pipelineId: (value) => (value ? null : 'Choose the pipeline'),
      organization: (value, values) =>
        value || values.project ? null : 'Choose the organization or the project being brought on board',
    },
    conflictFields,
    onSubmit,
    loadLatest: onLoadLatest,
    formErrorsOf,
  });
  const pipeline = pipelines.find((candidate) => candidate.id === form.values.pipelineId);
  const stageMoved = !!opportunity && !!form.values.stageId && form.values.stageId !== opportunity.stageId;

  return (
    <RecordFormFrame
      {...frameProps}
      submitLabel={submitLabel}
      onCancel={onCancel}
      fieldLabels={OPPORTUNITY_FIELD_LABELS}
    >
      <TextInput
        label="Title"
        description="What is being pursued, in a few words."
        withAsterisk
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Pipeline"
          withAsterisk
          allowDeselect={false}
          data={pipelines.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          {...form.getInputProps('pipelineId')}
          onChange={(pipelineId) => form.setValues({ pipelineId, stageId: null })}
        />
        <Select
          label="Stage"
          description={opportunity ? undefined : 'The first open stage when left empty.'}
          clearable={!opportunity}
          data={(pipeline?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }))}
          {...form.getInputProps('stageId')}
        />
      </SimpleGrid>
      {stageMoved && (
        <TextInput
          label="Why the stage changes"
          description="Kept in the stage history."
          {...form.getInputProps('stageChangeReason')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OrganizationPicker label="Organization" {...form.getInputProps('organization')} />
        <ProjectPicker label="Project" {...form.getInputProps('project')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Expected value"
          description={
            pipeline
              ? `In ${VALUE_UNIT_LABELS[pipeline.valueUnit].toLowerCase()}${pipeline.valueUnit === 'MONEY' ? ` (${pipeline.currency ?? 'EUR'})` : ''}.`
              : undefined
          }
          min={0}
          thousandSeparator=","
          {...form.getInputProps('expectedValue')}
        />
        <DateField label="Expected date" {...form.getInputProps('expectedDate')} />
      </SimpleGrid>
      <Textarea label="Next step" autosize minRows={2} maxRows={6} {...form.getInputProps('nextStep')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <UserSelect
          label="Owner"
          description={opportunity ? undefined : 'Yourself when left empty.'}
          clearable={!opportunity}
          {...form.getInputProps('ownerId')}
        />
        <Select label="Team" clearable searchable data={teams} {...form.getInputProps('teamId')} />
      </SimpleGrid>
    </RecordFormFrame>
  );
}
