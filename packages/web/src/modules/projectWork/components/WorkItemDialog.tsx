import { Modal, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type {
  MilestoneStatus,
  ProjectMilestoneItem_MilestoneFragment,
  ProjectTaskItem_TaskFragment,
  TaskStatus,
} from '../../../generated/graphql';
import { DialogForm, useDialogForm } from '../../../ui/form';
import { UserSelect } from '../../bulk/components/UserSelect';
import { useCreateMilestone } from '../hooks/useCreateMilestone';
import { useCreateProjectTask } from '../hooks/useCreateProjectTask';
import { useUpdateMilestone } from '../hooks/useUpdateMilestone';
import { useUpdateProjectTask } from '../hooks/useUpdateProjectTask';
import { MILESTONE_STATUS_OPTIONS, TASK_STATUS_OPTIONS } from '../projectWorkLabels';
import { DateField } from '../../../ui/DateField';

/** A project's work item: a task (who does what by when) or a milestone (what is reached by a date). */
type WorkItemDialogProps = {
  opened: boolean;
  onClose(): void;
  projectId: string;
} & (
  | {
      kind: 'task';
      /** The task to change; a new one when absent. */
      item?: ProjectTaskItem_TaskFragment | null;
    }
  | {
      kind: 'milestone';
      /** The milestone to change; a new one when absent. */
      item?: ProjectMilestoneItem_MilestoneFragment | null;
    }
);

/** What the form edits, for either kind; a task has no `reachedOn`, a milestone no `assigneeId`. */
interface WorkItemFormValues {
  title: string;
  description: string;
  dueDate: string;
  status: string;
  assigneeId: string | null;
  reachedOn: string;
}

/** How each kind is named and what it asks for. */
const KINDS = {
  task: {
    newTitle: 'New task',
    changeTitle: 'Change the task',
    addLabel: 'Add task',
    statusOptions: TASK_STATUS_OPTIONS,
    titleMissing: 'Say what is to be done',
    dueRequired: false,
  },
  milestone: {
    newTitle: 'New milestone',
    changeTitle: 'Change the milestone',
    addLabel: 'Add milestone',
    statusOptions: MILESTONE_STATUS_OPTIONS,
    titleMissing: 'Say what is to be reached',
    dueRequired: true,
  },
} as const;

const FIELD_LABELS = {
  title: 'Title',
  description: 'Details',
  dueDate: 'Due',
  status: 'Status',
  assigneeId: 'Assignee',
  reachedOn: 'Reached on',
};

function formValuesOf(props: WorkItemDialogProps): WorkItemFormValues {
  const common = {
    title: props.item?.title ?? '',
    description: props.item?.description ?? '',
    dueDate: props.item?.dueDate ?? '',
  };
  return props.kind === 'task'
    ? { ...common, status: props.item?.status ?? 'OPEN', assigneeId: props.item?.assignee?.id ?? null, reachedOn: '' }
    : { ...common, status: props.item?.status ?? 'PLANNED', assigneeId: null, reachedOn: props.item?.reachedOn ?? '' };
}

/** Adds a task or a milestone to a project, or changes one. */
export function WorkItemDialog(props: WorkItemDialogProps) {
  const kind = KINDS[props.kind];
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.item ? kind.changeTitle : kind.newTitle}>
      {props.opened && <WorkItemForm {...props} />}
    </Modal>
  );
}

/** Saves a work item of either kind: created in the project, or changed from the version it was edited from. */
function useSaveWorkItem(props: WorkItemDialogProps) {
  const [createTask] = useCreateProjectTask();
  const [updateTask] = useUpdateProjectTask();
  const [createMilestone] = useCreateMilestone();
  const [updateMilestone] = useUpdateMilestone();
  return async (values: WorkItemFormValues) => {
    const common = { title: values.title.trim(), description: values.description.trim() || null };
    if (props.kind === 'task') {
      const input = {
        ...common,
        dueDate: values.dueDate || null,
        status: values.status as TaskStatus,
        assigneeId: values.assigneeId,
      };
      if (props.item) await updateTask({ id: props.item.id, version: props.item.version, ...input });
      else await createTask({ projectId: props.projectId, ...input });
    } else {
      const input = {
        ...common,
        dueDate: values.dueDate,
        status: values.status as MilestoneStatus,
        reachedOn: values.reachedOn || null,
      };
      if (props.item) await updateMilestone({ id: props.item.id, version: props.item.version, ...input });
      else await createMilestone({ projectId: props.projectId, ...input });
    }
  };
}

function WorkItemForm(props: WorkItemDialogProps) {
  const { onClose, item } = props;
  const kind = KINDS[props.kind];
  const saveItem = useSaveWorkItem(props);
  const { form, formProps } = useDialogForm<WorkItemFormValues>({
    values: formValuesOf(props),
    validate: {
      title: (value) => (value.trim() ? null : kind.titleMissing),
      dueDate: (value) => (kind.dueRequired && !value ? 'Give the date it is due' : null),
    },
    onSubmit: async (values) => {
      await saveItem(values);
      onClose();
    },
  });
  const status = (
    <Select
      label="Status"
      data={kind.statusOptions}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...form.getInputProps('status')}
    />
  );
  return (
    <DialogForm
      {...formProps}
      label={item ? kind.changeTitle : kind.newTitle}
      submitLabel={item ? 'Save' : kind.addLabel}
      onCancel={onClose}
      fieldLabels={FIELD_LABELS}
    >
      <TextInput label="Title" withAsterisk data-autofocus {...form.getInputProps('title')} />
      {props.kind === 'task' ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Due" {...form.getInputProps('dueDate')} />
            {status}
          </SimpleGrid>
          <UserSelect
            label="Assignee"
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('assigneeId')}
          />
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label="Due" withAsterisk {...form.getInputProps('dueDate')} />
          {status}
          <DateField label="Reached on" {...form.getInputProps('reachedOn')} />
        </SimpleGrid>
      )}
      <Textarea label="Details" autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
    </DialogForm>
  );
}
