import { Anchor, Badge } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, DetailsText, LastChangeItem, TagsItem } from '../../../ui/details';
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

const day = (value: string | null | undefined) => (value ? dayjs(value).format('D MMM YYYY') : null);

/** A project's fields, as read on its page; `actions` go beside the tags (adding one). */
export function ProjectDetails(props: { project: FragmentType<typeof ProjectDetails_project>; tagAction?: ReactNode }) {
  const project = getFragmentData(ProjectDetails_project, props.project);
  return (
    <DetailsCard after={<DetailsText title="Description" text={project.description} />}>
      <DetailsItem label="Status">
        <Badge variant="dot" color={PROJECT_STATUS_COLORS[project.status]} tt="none">
          {PROJECT_STATUS_LABELS[project.status]}
        </Badge>
      </DetailsItem>
      <DetailsItem label="Kind">{PROJECT_KIND_LABELS[project.kind]}</DetailsItem>
      <DetailsItem label="Acronym">{project.acronym}</DetailsItem>
      <DetailsItem label="Start">{day(project.startDate)}</DetailsItem>
      <DetailsItem label="End">{day(project.endDate)}</DetailsItem>
      <DetailsItem label="Scientific domain">{project.scientificDomain}</DetailsItem>
      <DetailsItem label="Web site">
        {project.website && (
          <Anchor href={project.website} target="_blank" rel="noreferrer">
            {project.website}
          </Anchor>
        )}
      </DetailsItem>
      <TagsItem tags={project.tags} action={props.tagAction} />
      <DetailsItem label="Owner">{project.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{project.team?.name}</DetailsItem>
      <LastChangeItem at={project.updatedAt} by={project.updatedBy} />
    </DetailsCard>
  );
}
