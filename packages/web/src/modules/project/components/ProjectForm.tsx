import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { UserSelect } from '../../bulk/components/UserSelect';
import { PROJECT_KIND_OPTIONS, PROJECT_STATUS_OPTIONS } from '../projectLabels';
import {
  formValuesOf,
  PROJECT_CONFLICT_FIELDS,
  PROJECT_FIELD_LABELS,
  type ProjectFormValues,
} from './projectFormValues';
import { DateField } from '../../../ui/DateField';

export const ProjectForm_project = graphql(`
  fragment ProjectForm_project on Project {
    id
    version
    name
    acronym
    kind
    status
    startDate
    endDate
    scientificDomain
    website
    description
    owner {
      id
      name
    }
  }
`);

export interface ProjectFormProps {
  /** The project to edit; a new one when absent. */
  project?: FragmentType<typeof ProjectForm_project>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: ProjectFormValues): Promise<void>;
  /** Fetches the record as it now is, after a CONFLICT, as form values. */
  onLoadLatest?(): Promise<ProjectFormValues | undefined>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit a project. Input is kept as a draft until saved (see useDraft). */
export function ProjectForm({ project: ref, onSubmit, onLoadLatest, onCancel, submitLabel }: ProjectFormProps) {
  const project = getFragmentData(ProjectForm_project, ref);
  const { form, frameProps } = useRecordForm<ProjectFormValues>({
    draftKey: `project:${project?.id ?? 'new'}`,
    values: formValuesOf(project),
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the name'),
      kind: (value) => (value ? null : 'Choose what sort of project it is'),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate ? 'The end cannot be before the start' : null,
    },
    conflictFields: PROJECT_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: onLoadLatest,
  });

  return (
    <RecordFormFrame {...frameProps} submitLabel={submitLabel} onCancel={onCancel} fieldLabels={PROJECT_FIELD_LABELS}>
      <TextInput label="Name" withAsterisk autoComplete="off" {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Acronym" autoComplete="off" {...form.getInputProps('acronym')} />
        <Select label="Kind" withAsterisk data={PROJECT_KIND_OPTIONS} {...form.getInputProps('kind')} />
        <Select label="Status" data={PROJECT_STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        <TextInput label="Scientific domain" {...form.getInputProps('scientificDomain')} />
        <DateField label="Start" {...form.getInputProps('startDate')} />
        <DateField label="End" {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <TextInput label="Web site" type="url" placeholder="https://" {...form.getInputProps('website')} />
      <UserSelect
        label="Owner"
        description={project ? undefined : 'Yourself when left empty.'}
        clearable={!project}
        {...form.getInputProps('ownerId')}
      />
      <Textarea label="Description" autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
    </RecordFormFrame>
  );
}
