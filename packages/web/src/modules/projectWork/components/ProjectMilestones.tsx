import { ActionIcon, Badge, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag, IconPencil } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { MilestoneStatus, ProjectMilestoneItem_MilestoneFragment } from '../../../generated/graphql';
import { PlainList, SectionAddButton, SectionCard, SectionEmpty } from '../../../ui/details';
import { describeError } from '../../../ui/errors/describeError';
import { useUpdateMilestone } from '../hooks/useUpdateMilestone';
import { MILESTONE_STATUS_LABELS } from '../projectWorkLabels';
import { WorkItemDialog } from './WorkItemDialog';

const ProjectMilestoneItem_milestone = graphql(`
  fragment ProjectMilestoneItem_milestone on Milestone {
    id
    version
    title
    description
    dueDate
    status
    reachedOn
  }
`);

export const ProjectMilestones_project = graphql(`
  fragment ProjectMilestones_project on Project {
    id
    milestones(first: 200) {
      totalCount
      nodes {
        id
        ...ProjectMilestoneItem_milestone
      }
    }
  }
`);

const STATUS_COLORS: Record<MilestoneStatus, string> = {
  PLANNED: 'blue',
  REACHED: 'green',
  MISSED: 'red',
  CANCELLED: 'gray',
};

/** The project's milestones, soonest due first: mark one reached, add or change them. */
export function ProjectMilestones(props: {
  project: FragmentType<typeof ProjectMilestones_project>;
  editable: boolean;
}) {
  const project = getFragmentData(ProjectMilestones_project, props.project);
  const milestones = getFragmentData(ProjectMilestoneItem_milestone, project.milestones.nodes);
  const { canEdit } = useSession();
  const editable = canEdit && props.editable;
  const [dialog, setDialog] = useState<{ milestone: ProjectMilestoneItem_MilestoneFragment | null } | null>(null);
  const [updateMilestone] = useUpdateMilestone();

  const markReached = async (milestone: ProjectMilestoneItem_MilestoneFragment) => {
    try {
      await updateMilestone({
        id: milestone.id,
        version: milestone.version,
        status: 'REACHED',
        reachedOn: dayjs().format('YYYY-MM-DD'),
      });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <SectionCard
      title={`Milestones (${project.milestones.totalCount})`}
      action={
        editable && <SectionAddButton onClick={() => setDialog({ milestone: null })}>New milestone</SectionAddButton>
      }
    >
      {milestones.length === 0 ? (
        <SectionEmpty>No milestone yet.{editable && ' Add the dated points the project is to reach.'}</SectionEmpty>
      ) : (
        <PlainList gap="xs">
          {milestones.map((milestone) => (
            <Group key={milestone.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm">{milestone.title}</Text>
                <Group gap={6}>
                  <Badge size="xs" variant="dot" color={STATUS_COLORS[milestone.status]} tt="none" miw="max-content">
                    {MILESTONE_STATUS_LABELS[milestone.status]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {milestone.reachedOn
                      ? `reached ${dayjs(milestone.reachedOn).format('D MMM YYYY')}`
                      : `due ${dayjs(milestone.dueDate).format('D MMM YYYY')}`}
                  </Text>
                </Group>
              </Stack>
              {editable && (
                <Group gap={4} wrap="nowrap">
                  {milestone.status === 'PLANNED' && (
                    <ActionIcon
                      variant="subtle"
                      color="green"
                      aria-label={`Mark ${milestone.title} reached`}
                      onClick={() => void markReached(milestone)}
                    >
                      <IconFlag size={16} aria-hidden />
                    </ActionIcon>
                  )}
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Change the milestone ${milestone.title}`}
                    onClick={() => setDialog({ milestone })}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          ))}
        </PlainList>
      )}
      <WorkItemDialog
        kind="milestone"
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        projectId={project.id}
        item={dialog?.milestone}
      />
    </SectionCard>
  );
}
