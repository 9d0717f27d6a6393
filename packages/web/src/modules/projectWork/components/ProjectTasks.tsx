import { ActionIcon, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { ProjectTaskItem_TaskFragment } from '../../../generated/graphql';
import { PlainList, SectionAddButton, SectionCard, SectionEmpty } from '../../../ui/details';
import { describeError } from '../../../ui/errors/describeError';
import { useUpdateProjectTask } from '../hooks/useUpdateProjectTask';
import { TASK_STATUS_LABELS } from '../projectWorkLabels';
import { WorkItemDialog } from './WorkItemDialog';

const ProjectTaskItem_task = graphql(`
  fragment ProjectTaskItem_task on ProjectTask {
    id
    version
    title
    description
    dueDate
    status
    assignee {
      id
      name
    }
  }
`);

export const ProjectTasks_project = graphql(`
  fragment ProjectTasks_project on Project {
    id
    tasks(first: 200) {
      totalCount
      nodes {
        id
        ...ProjectTaskItem_task
      }
    }
  }
`);

const CLOSED = new Set(['DONE', 'CANCELLED']);

/** The project's tasks, soonest due first: tick one to complete it, add or change them. */
export function ProjectTasks(props: { project: FragmentType<typeof ProjectTasks_project>; editable: boolean }) {
  const project = getFragmentData(ProjectTasks_project, props.project);
  const tasks = getFragmentData(ProjectTaskItem_task, project.tasks.nodes);
  const { canEdit } = useSession();
  const editable = canEdit && props.editable;
  const [dialog, setDialog] = useState<{ task: ProjectTaskItem_TaskFragment | null } | null>(null);
  const [updateTask] = useUpdateProjectTask();
  const today = dayjs().format('YYYY-MM-DD');

  const toggle = async (task: ProjectTaskItem_TaskFragment) => {
    try {
      const status = task.status === 'DONE' ? 'OPEN' : 'DONE';
      await updateTask({ id: task.id, version: task.version, status }, { ...task, status, version: task.version + 1 });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <SectionCard
      title={`Tasks (${project.tasks.totalCount})`}
      action={editable && <SectionAddButton onClick={() => setDialog({ task: null })}>New task</SectionAddButton>}
    >
      {tasks.length === 0 ? (
        <SectionEmpty>No task yet.{editable && ' Add the work to be done, with who does it and by when.'}</SectionEmpty>
      ) : (
        <PlainList gap="xs">
          {tasks.map((task) => {
            const overdue = task.dueDate && task.dueDate < today && !CLOSED.has(task.status);
            return (
              <Group key={task.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Checkbox
                    aria-label={`${task.title}: done`}
                    checked={task.status === 'DONE'}
                    disabled={!editable || task.status === 'CANCELLED'}
                    onChange={() => void toggle(task)}
                  />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" td={CLOSED.has(task.status) ? 'line-through' : undefined}>
                      {task.title}
                    </Text>
                    <Text size="xs" c={overdue ? 'red.9' : 'dimmed'}>
                      {[
                        TASK_STATUS_LABELS[task.status],
                        task.dueDate &&
                          `${overdue ? 'overdue since' : 'due'} ${dayjs(task.dueDate).format('D MMM YYYY')}`,
                        task.assignee?.name,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Group>
                {editable && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Change the task ${task.title}`}
                    onClick={() => setDialog({ task })}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            );
          })}
        </PlainList>
      )}
      {project.tasks.totalCount > tasks.length && (
        <Badge variant="light" color="gray" mt="sm" tt="none">
          {project.tasks.totalCount - tasks.length} more not shown
        </Badge>
      )}
      <WorkItemDialog
        kind="task"
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        projectId={project.id}
        item={dialog?.task}
      />
    </SectionCard>
  );
}
