import { Modal, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ProjectTaskItem_TaskFragment, TaskStatus } from '../../../generated/graphql';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { DialogForm } from '../../../ui/form';
import { UserSelect } from '../../bulk/components/UserSelect';
import { useCreateProjectTask } from '../hooks/useCreateProjectTask';
import { useUpdateProjectTask } from '../hooks/useUpdateProjectTask';
import { TASK_STATUS_OPTIONS } from '../projectWorkLabels';

interface TaskDialogProps {
  opened: boolean;
  onClose(): void;
  projectId: string;
  /** The task to change; a new one when absent. */
  task?: ProjectTaskItem_TaskFragment | null;
}

interface TaskFormValues {
  title: string;
  description: string;
  dueDate: string;
  status: TaskStatus;
  assigneeId: string | null;
}

const FIELD_LABELS = {
  title: 'Title',
  description: 'Details',
  dueDate: 'Due',
  status: 'Status',
  assigneeId: 'Assignee',
};

/** Adds a task to a project or changes one. */
export function TaskDialog(props: TaskDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.task ? 'Change the task' : 'New task'}>
      {props.opened && <TaskForm {...props} />}
    </Modal>
  );
}

function TaskForm({ onClose, projectId, task }: TaskDialogProps) {
  const [error, setError] = useState<unknown>(null);
  const [createTask] = useCreateProjectTask();
  const [updateTask] = useUpdateProjectTask();
  const form = useForm<TaskFormValues>({
    mode: 'controlled',
    initialValues: {
      title: task?.title ?? '',
      description: task?.description ?? '',
      dueDate: task?.dueDate ?? '',
      status: task?.status ?? 'OPEN',
      assigneeId: task?.assignee?.id ?? null,
    },
    validate: { title: (value) => (value.trim() ? null : 'Say what is to be done') },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const input = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      dueDate: values.dueDate || null,
      status: values.status,
      assigneeId: values.assigneeId,
    };
    try {
      if (task) await updateTask({ id: task.id, version: task.version, ...input });
      else await createTask({ projectId, ...input });
      onClose();
    } catch (caught) {
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
    }
  });
  return (
    <DialogForm
      onSubmit={submit}
      label={task ? 'Change the task' : 'New task'}
      submitLabel={task ? 'Save' : 'Add task'}
      submitting={form.submitting}
      onCancel={onClose}
      error={error}
      fieldLabels={FIELD_LABELS}
    >
      <TextInput label="Title" withAsterisk data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Due" type="date" {...form.getInputProps('dueDate')} />
        <Select
          label="Status"
          data={TASK_STATUS_OPTIONS}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <UserSelect
        label="Assignee"
        clearable
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('assigneeId')}
      />
      <Textarea label="Details" autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
    </DialogForm>
  );
}
