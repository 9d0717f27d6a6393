import { ActionIcon, Button, Chip, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { ActivityKind } from '../../../generated/graphql';
import { ACTIVITY_KIND_LABELS } from '../../activity/activityLabels';
import { CALENDAR_KINDS, type CalendarScope, type CalendarView } from '../calendarRange';

export interface CalendarToolbarProps {
  title: string;
  view: CalendarView;
  scope: CalendarScope;
  kinds: ActivityKind[];
  onView(view: CalendarView): void;
  onScope(scope: CalendarScope): void;
  onKinds(kinds: ActivityKind[]): void;
  onStep(direction: 1 | -1): void;
  onToday(): void;
}

/** The period shown and the way to others; the view; whose activities; which kinds. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const unit = props.view === 'week' ? 'week' : 'month';
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" aria-label={`Previous ${unit}`} onClick={() => props.onStep(-1)}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={props.onToday}>
            Today
          </Button>
          <ActionIcon variant="default" size="lg" aria-label={`Next ${unit}`} onClick={() => props.onStep(1)}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Title order={2} size="h4" aria-live="polite">
            {props.title}
          </Title>
        </Group>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="View"
            value={props.view}
            onChange={(value) => props.onView(value as CalendarView)}
            data={[
              { value: 'month', label: 'Month' },
              { value: 'week', label: 'Week' },
              { value: 'agenda', label: 'Agenda' },
            ]}
          />
          <SegmentedControl
            aria-label="Whose activities"
            value={props.scope}
            onChange={(value) => props.onScope(value as CalendarScope)}
            data={[
              { value: 'me', label: 'Me' },
              { value: 'team', label: 'My team' },
              { value: 'everyone', label: 'Everyone' },
            ]}
          />
        </Group>
      </Group>
      <Chip.Group multiple value={props.kinds} onChange={(value) => props.onKinds(value as ActivityKind[])}>
        <Group gap="xs" role="group" aria-label="Kinds shown">
          {CALENDAR_KINDS.map((kind) => (
            <Chip key={kind} value={kind} size="sm">
              {ACTIVITY_KIND_LABELS[kind]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
