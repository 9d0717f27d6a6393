import { Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, TagsItem } from '../../../ui/details';
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
    <DetailsCard
      labelWidth={120}
      after={
        <Text size="xs" c="dimmed" mt="md">
          Recorded {dayjs(activity.createdAt).format('D MMM YYYY')}
          {activity.createdBy ? ` by ${activity.createdBy.name}` : ''}; changed{' '}
          {dayjs(activity.updatedAt).format('D MMM YYYY, HH:mm')}
          {activity.updatedBy ? ` by ${activity.updatedBy.name}` : ''}.
        </Text>
      }
    >
      <DetailsItem label="Kind">
        <ActivityKindLabel kind={activity.kind} />
      </DetailsItem>
      <DetailsItem label="Status">
        <Group gap={6}>
          <ActivityStatusBadge status={activity.status} />
          {isOverdue(activity) && <OverdueBadge />}
        </Group>
      </DetailsItem>
      <DetailsItem label="Starts">{at(activity.startsAt)}</DetailsItem>
      <DetailsItem label="Ends">{at(activity.endsAt)}</DetailsItem>
      <DetailsItem label="Due">{at(activity.dueAt)}</DetailsItem>
      <DetailsItem label="Location">{activity.location}</DetailsItem>
      <DetailsItem label="Owner">{activity.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{activity.team?.name}</DetailsItem>
      <DetailsItem label="Visible to">{VISIBILITY_LABELS[activity.visibility]}</DetailsItem>
      <TagsItem tags={activity.tags} />
      <DetailsItem label="Notes">
        {activity.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {activity.description}
          </Text>
        )}
      </DetailsItem>
      <DetailsItem label="Outcome">
        {activity.outcome && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {activity.outcome}
          </Text>
        )}
      </DetailsItem>
    </DetailsCard>
  );
}
