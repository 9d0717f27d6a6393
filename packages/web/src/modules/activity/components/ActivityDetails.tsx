import { Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { isOverdue, VISIBILITY_LABELS } from '../activityLabels';
import { ActivityKindLabel, ActivityStatusBadge, OverdueBadge } from './ActivityKindBadge';

export const ActivityDetails_activity = graphql(`
  fragment ActivityDetails_activity on Activity {
    id
    kind
    subject
    status
    startsAt
    endsAt
    dueAt
    location
    visibility
    description
    outcome
    createdAt
    updatedAt
    owner {
      id
      name
    }
    team {
      id
      name
    }
    tags {
      id
      label
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

const at = (value: string | null | undefined) =>
  value && (
    <time dateTime={value} title={dayjs(value).format('dddd D MMMM YYYY, HH:mm')}>
      {dayjs(value).format('D MMM YYYY, HH:mm')}
    </time>
  );

/** An activity's fields, as read on its page. */
export function ActivityDetails(props: { activity: FragmentType<typeof ActivityDetails_activity> }) {
  const activity = getFragmentData(ActivityDetails_activity, props.activity);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <DataList labelWidth={120}>
        <Item label="Kind">
          <ActivityKindLabel kind={activity.kind} />
        </Item>
        <Item label="Status">
          <Group gap={6}>
            <ActivityStatusBadge status={activity.status} />
            {isOverdue(activity) && <OverdueBadge />}
          </Group>
        </Item>
        <Item label="Starts">{at(activity.startsAt)}</Item>
        <Item label="Ends">{at(activity.endsAt)}</Item>
        <Item label="Due">{at(activity.dueAt)}</Item>
        <Item label="Location">{activity.location}</Item>
        <Item label="Owner">{activity.owner?.name}</Item>
        <Item label="Team">{activity.team?.name}</Item>
        <Item label="Visible to">{VISIBILITY_LABELS[activity.visibility]}</Item>
        <Item label="Tags">
          {activity.tags.length > 0 && (
            <Group gap={4}>
              {activity.tags.map((tag) => (
                <Badge key={tag.id} variant="light" color="gray" tt="none">
                  {tag.label}
                </Badge>
              ))}
            </Group>
          )}
        </Item>
        <Item label="Notes">
          {activity.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {activity.description}
            </Text>
          )}
        </Item>
        <Item label="Outcome">
          {activity.outcome && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {activity.outcome}
            </Text>
          )}
        </Item>
      </DataList>
      <Text size="xs" c="dimmed" mt="md">
        Recorded {dayjs(activity.createdAt).format('D MMM YYYY')}
        {activity.createdBy ? ` by ${activity.createdBy.name}` : ''}; changed{' '}
        {dayjs(activity.updatedAt).format('D MMM YYYY, HH:mm')}
        {activity.updatedBy ? ` by ${activity.updatedBy.name}` : ''}.
      </Text>
    </Paper>
  );
}
