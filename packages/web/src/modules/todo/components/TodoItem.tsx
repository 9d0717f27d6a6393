import { Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ACTIVITY_KIND_LABELS } from '../../activity/activityLabels';
import { ActivityConcernLinks } from '../../activity/components/ActivityConcernLinks';
import { ActivityStatusBadge } from '../../activity/components/ActivityKindBadge';

export const TodoItem_activity = graphql(`
  fragment TodoItem_activity on Activity {
    id
    version
    kind
    subject
    status
    dueAt
    startsAt
    concerns {
      organizations {
        id
        name
      }
      contacts {
        id
        name
      }
      projects {
        id
        name
      }
    }
  }
`);

interface TodoItemProps {
  activity: FragmentType<typeof TodoItem_activity>;
  overdue: boolean;
  /** Ticks it done (or back to planned); absent for those who may not edit. */
  onToggle?(activity: { id: string; version: number }, done: boolean): void;
}

/** One open activity: a box to tick it done, what it is, when it is due and what it concerns. */
export function TodoItem({ activity: ref, overdue, onToggle }: TodoItemProps) {
  const activity = getFragmentData(TodoItem_activity, ref);
  const done = activity.status === 'DONE';
  const due = activity.dueAt ?? activity.startsAt;
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm" py={6}>
      {onToggle && (
        <Checkbox
          mt={2}
          checked={done}
          aria-label={`Mark “${activity.subject}” done`}
          onChange={(event) => onToggle(activity, event.currentTarget.checked)}
        />
      )}
      <Stack gap={2} style={{ flex: 1 }}>
        <Group gap="xs">
          <Anchor
            component={Link}
            to={`/activities/${activity.id}`}
            fw={600}
            td={done ? 'line-through' : undefined}
            c={done ? 'dimmed' : undefined}
          >
            {activity.subject}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {ACTIVITY_KIND_LABELS[activity.kind]}
          </Text>
          {done && <ActivityStatusBadge status="DONE" />}
        </Group>
        <Group gap="xs">
          {due && (
            <Text size="sm" c={overdue && !done ? 'red.9' : 'dimmed'} fw={overdue && !done ? 600 : undefined}>
              {overdue ? 'Was due' : 'Due'} <time dateTime={due}>{dayjs(due).format('ddd D MMM YYYY, HH:mm')}</time>
            </Text>
          )}
          <ActivityConcernLinks concerns={activity.concerns} />
        </Group>
      </Stack>
    </Group>
  );
}
