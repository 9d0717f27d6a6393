import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileText, IconHistory, IconLink } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ACTIVITY_KIND_ICONS, ACTIVITY_KIND_LABELS, isOverdue } from '../../activity/activityLabels';
import { ActivityStatusBadge, OverdueBadge } from '../../activity/components/ActivityKindBadge';
import { describeChange, describeLink } from '../timelineLabels';

export const TimelineEntry_item = graphql(`
  fragment TimelineEntry_item on TimelineItem {
    kind
    at
    activity {
      id
      kind
      subject
      status
      startsAt
      dueAt
      owner {
        id
        name
      }
    }
    document {
      id
      title
      kind
    }
    change {
      id
      action
      diff
      actor {
        id
        name
      }
    }
  }
`);

function When({ at }: { at: string }) {
  return (
    <Text size="xs" c="dimmed" component="time" dateTime={at} title={dayjs(at).format('dddd D MMMM YYYY, HH:mm')}>
      {dayjs(at).format('D MMM YYYY, HH:mm')}
    </Text>
  );
}

/** One thing in a record's life: an activity, a document, a link or a change. */
export function TimelineEntry(props: { item: FragmentType<typeof TimelineEntry_item> }) {
  const item = getFragmentData(TimelineEntry_item, props.item);
  const { activity, document, change } = item;

  if (item.kind === 'ACTIVITY' && activity) {
    const Icon = ACTIVITY_KIND_ICONS[activity.kind];
    return (
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" radius="xl" aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {ACTIVITY_KIND_LABELS[activity.kind]}
            </Text>
            <Anchor component={Link} to={`/activities/${activity.id}`} fw={600} size="sm">
              {activity.subject}
            </Anchor>
            <ActivityStatusBadge status={activity.status} />
            {isOverdue(activity) && <OverdueBadge />}
          </Group>
          <Group gap="xs">
            <When at={item.at} />
            {activity.owner && (
              <Text size="xs" c="dimmed">
                · {activity.owner.name}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    );
  }
  if (item.kind === 'DOCUMENT' && document) {
    return (
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color="grape" radius="xl" aria-hidden>
          <IconFileText size={16} />
        </ThemeIcon>
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Document
            </Text>
            <Anchor component={Link} to={`/documents/${document.id}`} fw={600} size="sm">
              {document.title}
            </Anchor>
          </Group>
          <When at={item.at} />
        </Stack>
      </Group>
    );
  }
  const isLink = item.kind === 'LINK';
  const Icon = isLink ? IconLink : IconHistory;
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <ThemeIcon variant="light" color="gray" radius="xl" aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Stack gap={2}>
        <Text size="sm">
          {change
            ? isLink
              ? describeLink(change.action, change.diff)
              : describeChange(change.action, change.diff)
            : '—'}
        </Text>
        <Group gap="xs">
          <When at={item.at} />
          {change?.actor && (
            <Text size="xs" c="dimmed">
              · {change.actor.name}
            </Text>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
