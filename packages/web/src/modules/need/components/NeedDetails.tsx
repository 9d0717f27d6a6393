import { Anchor, Badge, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, LastChangeItem, TagsItem } from '../../../ui/details';
import { MarkdownView } from '../../document/components/MarkdownView';
import {
  NEED_CATEGORY_LABELS,
  NEED_PRIORITY_COLORS,
  NEED_PRIORITY_LABELS,
  NEED_STATUS_COLORS,
  NEED_STATUS_LABELS,
} from '../needLabels';

export const NeedDetails_need = graphql(`
  fragment NeedDetails_need on Need {
    id
    title
    category
    priority
    status
    source
    description
    createdAt
    updatedAt
    organization {
      id
      name
    }
    project {
      id
      name
    }
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
    createdBy {
      id
      name
    }
    updatedBy {
      id
      name
    }
  }
`);

/** A need's fields, as read on its page. */
export function NeedDetails(props: { need: FragmentType<typeof NeedDetails_need>; tagAction?: ReactNode }) {
  const need = getFragmentData(NeedDetails_need, props.need);
  return (
    <DetailsCard
      after={
        <>
          <Title order={3} size="h5" mt="md" mb={4}>
            Description
          </Title>
          {need.description ? (
            <MarkdownView>{need.description}</MarkdownView>
          ) : (
            <Text c="dimmed" size="sm">
              Not described yet.
            </Text>
          )}
        </>
      }
    >
      <DetailsItem label="Status">
        <Badge variant="dot" color={NEED_STATUS_COLORS[need.status]} tt="none">
          {NEED_STATUS_LABELS[need.status]}
        </Badge>
      </DetailsItem>
      <DetailsItem label="Priority">
        <Badge variant="dot" color={NEED_PRIORITY_COLORS[need.priority]} tt="none">
          {NEED_PRIORITY_LABELS[need.priority]}
        </Badge>
      </DetailsItem>
      <DetailsItem label="Category">{NEED_CATEGORY_LABELS[need.category]}</DetailsItem>
      <DetailsItem label={need.project ? 'Project' : 'Organization'}>
        {need.organization ? (
          <Anchor component={Link} to={`/organizations/${need.organization.id}`}>
            {need.organization.name}
          </Anchor>
        ) : (
          need.project && (
            <Anchor component={Link} to={`/projects/${need.project.id}`}>
              {need.project.name}
            </Anchor>
          )
        )}
      </DetailsItem>
      <DetailsItem label="Source">{need.source}</DetailsItem>
      <TagsItem tags={need.tags} action={props.tagAction} />
      <DetailsItem label="Owner">{need.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{need.team?.name}</DetailsItem>
      <DetailsItem label="Recorded">
        {dayjs(need.createdAt).format('D MMM YYYY')}
        {need.createdBy && ` by ${need.createdBy.name}`}
      </DetailsItem>
      <LastChangeItem at={need.updatedAt} by={need.updatedBy} />
    </DetailsCard>
  );
}
