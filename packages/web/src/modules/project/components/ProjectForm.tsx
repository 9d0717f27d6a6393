import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { isConflict, useConflict } from '../../../ui/conflict';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { RecordFormFrame } from '../../../ui/form';
import { useDraft } from '../../../ui/useDraft';
import { UserSelect } from '../../bulk/components/UserSelect';
import { PROJECT_KIND_OPTIONS, PROJECT_STATUS_OPTIONS } from '../projectLabels';
import {
  formValuesOf,
  PROJECT_CONFLICT_FIELDS,
  PROJECT_FIELD_LABELS,
  type ProjectFormValues,
} from './projectFormValues';

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
  const draft = useDraft<ProjectFormValues>(`project:${project?.id ?? 'new'}`, formValuesOf(project));
  const [restored, setRestored] = useState(draft.initial !== null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ProjectFormValues>({
    mode: 'controlled',
    initialValues: draft.initial ?? formValuesOf(project),
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the name'),
      kind: (value) => (value ? null : 'Choose what sort of project it is'),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate ? 'The end cannot be before the start' : null,
    },
    onValuesChange: (values) => draft.save(values),
  });

  const save = async (values: ProjectFormValues) => {
    setError(null);
    try {
      await onSubmit(values);
      draft.clear();
    } catch (caught) {
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
      if (isConflict(caught) && onLoadLatest) {
        const theirs = await onLoadLatest().catch(() => undefined);
        if (theirs) conflict.open(theirs, values);
      }
    }
  };

  const conflict = useConflict<ProjectFormValues>({
    initialBase: draft.base ?? formValuesOf(project),
    fields: PROJECT_CONFLICT_FIELDS,
    onReapply: async (merged) => {
      form.setValues(merged);
      await save(merged);
    },
    onReload: (theirs) => {
      form.setValues(theirs);
      form.resetDirty(theirs);
      draft.clear();
      setError(null);
      setRestored(false);
    },
  });

  const discardDraft = () => {
    form.setValues(formValuesOf(project));
    form.resetDirty();
    draft.clear(); // after setValues, whose change would save it again
    setRestored(false);
  };

  return (
    <RecordFormFrame
      onSubmit={form.onSubmit(save)}
      submitLabel={submitLabel}
      submitting={form.submitting}
      onCancel={onCancel}
      conflict={conflict.dialogProps}
      restored={restored}
      onDiscardDraft={discardDraft}
      error={error}
      fieldLabels={PROJECT_FIELD_LABELS}
    >
      <TextInput label="Name" withAsterisk autoComplete="off" {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Acronym" autoComplete="off" {...form.getInputProps('acronym')} />
        <Select label="Kind" withAsterisk data={PROJECT_KIND_OPTIONS} {...form.getInputProps('kind')} />
        <Select label="Status" data={PROJECT_STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        <TextInput label="Scientific domain" {...form.getInputProps('scientificDomain')} />
        <TextInput label="Start" type="date" {...form.getInputProps('startDate')} />
        <TextInput label="End" type="date" {...form.getInputProps('endDate')} />
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
