import { Anchor, Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
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

/** A need's fields, as read on its page. */
export function NeedDetails(props: { need: FragmentType<typeof NeedDetails_need>; tagAction?: ReactNode }) {
  const need = getFragmentData(NeedDetails_need, props.need);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <DataList labelWidth={140}>
        <Item label="Status">
          <Badge variant="dot" color={NEED_STATUS_COLORS[need.status]} tt="none">
            {NEED_STATUS_LABELS[need.status]}
          </Badge>
        </Item>
        <Item label="Priority">
          <Badge variant="dot" color={NEED_PRIORITY_COLORS[need.priority]} tt="none">
            {NEED_PRIORITY_LABELS[need.priority]}
          </Badge>
        </Item>
        <Item label="Category">{NEED_CATEGORY_LABELS[need.category]}</Item>
        <Item label={need.project ? 'Project' : 'Organization'}>
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
        </Item>
        <Item label="Source">{need.source}</Item>
        <Item label="Tags">
          {(need.tags.length > 0 || props.tagAction) && (
            <Group gap={4}>
              {need.tags.map((tag) => (
                <Badge key={tag.id} variant="light" color="gray" tt="none">
                  {tag.label}
                </Badge>
              ))}
              {props.tagAction}
            </Group>
          )}
        </Item>
        <Item label="Owner">{need.owner?.name}</Item>
        <Item label="Team">{need.team?.name}</Item>
        <Item label="Recorded">
          {dayjs(need.createdAt).format('D MMM YYYY')}
          {need.createdBy && ` by ${need.createdBy.name}`}
        </Item>
        <Item label="Last change">
          {dayjs(need.updatedAt).format('D MMM YYYY, HH:mm')}
          {need.updatedBy && ` by ${need.updatedBy.name}`}
        </Item>
      </DataList>
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
    </Paper>
  );
}
