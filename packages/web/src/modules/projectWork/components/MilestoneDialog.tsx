import { Modal, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { MilestoneStatus, ProjectMilestoneItem_MilestoneFragment } from '../../../generated/graphql';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { DialogForm } from '../../../ui/form';
import { useCreateMilestone } from '../hooks/useCreateMilestone';
import { useUpdateMilestone } from '../hooks/useUpdateMilestone';
import { MILESTONE_STATUS_OPTIONS } from '../projectWorkLabels';

interface MilestoneDialogProps {
  opened: boolean;
  onClose(): void;
  projectId: string;
  /** The milestone to change; a new one when absent. */
  milestone?: ProjectMilestoneItem_MilestoneFragment | null;
}

interface MilestoneFormValues {
  title: string;
  description: string;
  dueDate: string;
  status: MilestoneStatus;
  reachedOn: string;
}

const FIELD_LABELS = {
  title: 'Title',
  description: 'Details',
  dueDate: 'Due',
  status: 'Status',
  reachedOn: 'Reached on',
};

/** Adds a milestone to a project or changes one. */
export function MilestoneDialog(props: MilestoneDialogProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.milestone ? 'Change the milestone' : 'New milestone'}
    >
      {props.opened && <MilestoneForm {...props} />}
    </Modal>
  );
}

function MilestoneForm({ onClose, projectId, milestone }: MilestoneDialogProps) {
  const [error, setError] = useState<unknown>(null);
  const [createMilestone] = useCreateMilestone();
  const [updateMilestone] = useUpdateMilestone();
  const form = useForm<MilestoneFormValues>({
    mode: 'controlled',
    initialValues: {
      title: milestone?.title ?? '',
      description: milestone?.description ?? '',
      dueDate: milestone?.dueDate ?? '',
      status: milestone?.status ?? 'PLANNED',
      reachedOn: milestone?.reachedOn ?? '',
    },
    validate: {
      title: (value) => (value.trim() ? null : 'Say what is to be reached'),
      dueDate: (value) => (value ? null : 'Give the date it is due'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const input = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      dueDate: values.dueDate,
      status: values.status,
      reachedOn: values.reachedOn || null,
    };
    try {
      if (milestone) await updateMilestone({ id: milestone.id, version: milestone.version, ...input });
      else await createMilestone({ projectId, ...input });
      onClose();
    } catch (caught) {
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
    }
  });
  return (
    <DialogForm
      onSubmit={submit}
      label={milestone ? 'Change the milestone' : 'New milestone'}
      submitLabel={milestone ? 'Save' : 'Add milestone'}
      submitting={form.submitting}
      onCancel={onClose}
      error={error}
      fieldLabels={FIELD_LABELS}
    >
      <TextInput label="Title" withAsterisk data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Due" type="date" withAsterisk {...form.getInputProps('dueDate')} />
        <Select
          label="Status"
          data={MILESTONE_STATUS_OPTIONS}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('status')}
        />
        <TextInput label="Reached on" type="date" {...form.getInputProps('reachedOn')} />
      </SimpleGrid>
      <Textarea label="Details" autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
    </DialogForm>
  );
}
