import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileText, IconHistory, IconLink } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ACTIVITY_KIND_ICONS, ACTIVITY_KIND_LABELS, isOverdue } from '../../activity/activityLabels';
import { ActivityStatusBadge, OverdueBadge } from '../../activity/components/ActivityKindBadge';
import { changeSentence, linkSentence, titlesOf } from '../../history/changeSentences';

/** Where the record an item came through lives. */
const VIA_PATHS: Record<string, string> = { Contact: '/contacts', Organization: '/organizations' };

/** "via Ada Lovelace": the contact or part of the organization an activity or document came through. */
function Via({ via }: { via: { type: string; id: string; title: string } | null | undefined }) {
  if (!via) return null;
  const path = VIA_PATHS[via.type];
  return (
    <Text size="xs" c="dimmed" component="span">
      · via{' '}
      {path ? (
        <Anchor component={Link} to={`${path}/${via.id}`} size="xs">
          {via.title}
        </Anchor>
      ) : (
        via.title
      )}
    </Text>
  );
}

/** A call's notes and what came out of it, as written (a few lines at most). */
function Notes({ label, text }: { label: string; text: string | null | undefined }) {
  if (!text?.trim()) return null;
  return (
    <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
      <Text span size="sm" fw={600}>
        {label}:
      </Text>{' '}
      {text.trim()}
    </Text>
  );
}

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
      description
      outcome
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
      records {
        id
        title
      }
    }
    via {
      type
      id
      title
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
          <Notes label="Notes" text={activity.description} />
          <Notes label="Outcome" text={activity.outcome} />
          <Group gap="xs">
            <When at={item.at} />
            {activity.owner && (
              <Text size="xs" c="dimmed">
                · {activity.owner.name}
              </Text>
            )}
            <Via via={item.via} />
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
          <Group gap="xs">
            <When at={item.at} />
            <Via via={item.via} />
          </Group>
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
              ? linkSentence(change.action, change.diff, titlesOf(change.records))
              : changeSentence(change.action, change.diff, titlesOf(change.records))
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
