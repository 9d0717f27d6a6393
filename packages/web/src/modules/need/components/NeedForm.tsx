import { SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { UserSelect } from '../../bulk/components/UserSelect';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { ProjectPicker } from '../../project/components/ProjectPicker';
import { NEED_CATEGORY_OPTIONS, NEED_PRIORITY_OPTIONS, NEED_STATUS_OPTIONS } from '../needLabels';
import {
  formErrorsOf,
  formValuesOf,
  NEED_CONFLICT_FIELDS,
  NEED_FIELD_LABELS,
  type NeedFormValues,
} from './needFormValues';

export const NeedForm_need = graphql(`
  fragment NeedForm_need on Need {
    id
    version
    title
    category
    priority
    status
    source
    description
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
  }
`);

export interface NeedFormProps {
  /** The need to edit; a new one when absent. */
  need?: FragmentType<typeof NeedForm_need>;
  /** The organization a new need is for, when it is created from the organization's page. */
  organization?: { id: string; name: string } | null;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: NeedFormValues): Promise<void>;
  /** Fetches the record as it now is, after a CONFLICT, as form values. */
  onLoadLatest?(): Promise<NeedFormValues | undefined>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit a need. Input is kept as a draft until saved (see useDraft). */
export function NeedForm({ need: ref, organization, onSubmit, onLoadLatest, onCancel, submitLabel }: NeedFormProps) {
  const need = getFragmentData(NeedForm_need, ref);
  const { form, frameProps } = useRecordForm<NeedFormValues>({
    draftKey: `need:${need?.id ?? `new:${organization?.id ?? ''}`}`,
    values: formValuesOf(need, organization),
    validate: {
      title: (value) => (value.trim() ? null : 'Say what is needed'),
      category: (value) => (value ? null : 'Choose the category'),
      organization: (value, values) =>
        values.of === 'organization' && !value ? 'Choose the organization that has the need' : null,
      project: (value, values) => (values.of === 'project' && !value ? 'Choose the project that has the need' : null),
    },
    conflictFields: NEED_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: onLoadLatest,
    formErrorsOf,
  });

  return (
    <RecordFormFrame {...frameProps} submitLabel={submitLabel} onCancel={onCancel} fieldLabels={NEED_FIELD_LABELS}>
      <TextInput
        label="Need"
        description="What is needed, in a few words."
        withAsterisk
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Category" withAsterisk data={NEED_CATEGORY_OPTIONS} {...form.getInputProps('category')} />
        <Select
          label="Priority"
          data={NEED_PRIORITY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('priority')}
        />
        <Select label="Status" data={NEED_STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="need-holder-label">
          Whose need
        </Text>
        <SegmentedControl
          aria-labelledby="need-holder-label"
          data={[
            { value: 'organization', label: 'An organization' },
            { value: 'project', label: 'A project' },
          ]}
          {...form.getInputProps('of')}
        />
      </Stack>
      {form.values.of === 'organization' ? (
        <OrganizationPicker label="Organization" {...form.getInputProps('organization')} />
      ) : (
        <ProjectPicker label="Project" withAsterisk {...form.getInputProps('project')} />
      )}
      <TextInput
        label="Source"
        description="Where we learnt of it: a meeting, a survey, a person."
        {...form.getInputProps('source')}
      />
      <UserSelect
        label="Owner"
        description={need ? undefined : 'Yourself when left empty.'}
        clearable={!need}
        {...form.getInputProps('ownerId')}
      />
      <Textarea
        label="Description"
        description="Markdown: **bold**, lists, links."
        autosize
        minRows={3}
        maxRows={14}
        {...form.getInputProps('description')}
      />
    </RecordFormFrame>
  );
}
