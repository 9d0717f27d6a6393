import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarTime } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ACTIVITY_KIND_ICONS, ACTIVITY_KIND_LABELS } from '../../activity/activityLabels';
import { whenOf } from '../calendarRange';
import type { CalendarActivity } from '../hooks/useCalendarActivities';

export interface CalendarItemProps {
  activity: CalendarActivity;
  /** Shows the "Reschedule…" action and lets it be dragged; absent for those who may not change it. */
  onReschedule?(activity: CalendarActivity): void;
}

/** The face of an activity on the calendar: its kind, time and subject (a link), nothing else. */
export function CalendarItemFace({ activity }: { activity: CalendarActivity }) {
  const Icon = ACTIVITY_KIND_ICONS[activity.kind];
  const when = whenOf(activity);
  const done = activity.status !== 'PLANNED';
  return (
    <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
      <Group gap={4} wrap="nowrap">
        <Icon size={14} aria-label={ACTIVITY_KIND_LABELS[activity.kind]} style={{ flex: 'none' }} />
        {when && (
          <Text span size="xs" c="dimmed">
            {when.format('HH:mm')}
          </Text>
        )}
      </Group>
      <Anchor
        component={Link}
        to={`/activities/${activity.id}`}
        size="xs"
        lineClamp={2}
        td={done ? 'line-through' : undefined}
        title={activity.subject}
        // The item is dragged whole: no browser drag of the link itself.
        draggable={false}
      >
        {activity.subject}
      </Anchor>
    </Stack>
  );
}

/**
 * An activity on the calendar. Editors drag it by its body to another day or hour, or use its
 * "Reschedule…" button (the way for keyboards). The subject stays an ordinary link.
 */
export function CalendarItem({ activity, onReschedule }: CalendarItemProps) {
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: activity.id,
    data: { activity },
    disabled: !onReschedule,
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      px={4}
      py={2}
      radius="sm"
      data-activity-id={activity.id}
      // Pointer only: the keyboard way is the button, so the item is no extra tab stop.
      {...listeners}
      style={{
        opacity: isDragging ? 0.4 : undefined,
        cursor: onReschedule ? 'grab' : undefined,
        touchAction: onReschedule ? 'none' : undefined,
      }}
    >
      <Group gap={2} wrap="nowrap" align="flex-start">
        <CalendarItemFace activity={activity} />
        {onReschedule && (
          <Tooltip label="Reschedule…" openDelay={400}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Reschedule “${activity.subject}”`}
              onClick={() => onReschedule(activity)}
            >
              <IconCalendarTime size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Paper>
  );
}
