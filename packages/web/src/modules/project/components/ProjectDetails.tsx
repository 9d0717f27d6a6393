import { Anchor, Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../projectLabels';

export const ProjectDetails_project = graphql(`
  fragment ProjectDetails_project on Project {
    id
    name
    acronym
    kind
    status
    startDate
    endDate
    scientificDomain
    website
    description
    updatedAt
    tags {
      id
      label
    }
    owner {
      id
      name
    }
    team {
      id
      name
    }
    updatedBy {
      id
      name
    }
  }
`);

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children || (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

const day = (value: string | null | undefined) => (value ? dayjs(value).format('D MMM YYYY') : null);

/** A project's fields, as read on its page; `actions` go beside the tags (adding one). */
export function ProjectDetails(props: { project: FragmentType<typeof ProjectDetails_project>; tagAction?: ReactNode }) {
  const project = getFragmentData(ProjectDetails_project, props.project);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <DataList labelWidth={140}>
        <Item label="Status">
          <Badge variant="dot" color={PROJECT_STATUS_COLORS[project.status]} tt="none">
            {PROJECT_STATUS_LABELS[project.status]}
          </Badge>
        </Item>
        <Item label="Kind">{PROJECT_KIND_LABELS[project.kind]}</Item>
        <Item label="Acronym">{project.acronym}</Item>
        <Item label="Start">{day(project.startDate)}</Item>
        <Item label="End">{day(project.endDate)}</Item>
        <Item label="Scientific domain">{project.scientificDomain}</Item>
        <Item label="Web site">
          {project.website && (
            <Anchor href={project.website} target="_blank" rel="noreferrer">
              {project.website}
            </Anchor>
          )}
        </Item>
        <Item label="Tags">
          {(project.tags.length > 0 || props.tagAction) && (
            <Group gap={4}>
              {project.tags.map((tag) => (
                <Badge key={tag.id} variant="light" color="gray" tt="none">
                  {tag.label}
                </Badge>
              ))}
              {props.tagAction}
            </Group>
          )}
        </Item>
        <Item label="Owner">{project.owner?.name}</Item>
        <Item label="Team">{project.team?.name}</Item>
        <Item label="Last change">
          {dayjs(project.updatedAt).format('D MMM YYYY, HH:mm')}
          {project.updatedBy && ` by ${project.updatedBy.name}`}
        </Item>
      </DataList>
      {project.description && (
        <>
          <Title order={3} size="h5" mt="md" mb={4}>
            Description
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{project.description}</Text>
        </>
      )}
    </Paper>
  );
}
