import { Badge, ColorSwatch, Group, Text } from '@mantine/core';
import type { ActivityKind, ActivityStatus } from '../../../generated/graphql';
import {
  ACTIVITY_KIND_ICONS,
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_COLORS,
  ACTIVITY_STATUS_LABELS,
} from '../activityLabels';

/** The kind of an activity with its icon: "☎ Call". */
export function ActivityKindLabel({ kind }: { kind: ActivityKind }) {
  const Icon = ACTIVITY_KIND_ICONS[kind];
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Icon size={16} aria-hidden />
      <Text span size="sm">
        {ACTIVITY_KIND_LABELS[kind]}
      </Text>
    </Group>
  );
}

/** Where an activity stands, as a coloured dot and a word that never wraps or shrinks. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <Group gap={6} wrap="nowrap" component="span" style={{ whiteSpace: 'nowrap' }}>
      <ColorSwatch
        component="span"
        color={`var(--mantine-color-${ACTIVITY_STATUS_COLORS[status]}-6)`}
        size={8}
        aria-hidden
      />
      <Text span size="sm">
        {ACTIVITY_STATUS_LABELS[status]}
      </Text>
    </Group>
  );
}

/** A planned activity whose time has passed. */
export function OverdueBadge({ size = 'md' }: { size?: 'sm' | 'md' }) {
  return (
    <Badge color="red.9" variant="filled" size={size} tt="none" miw="fit-content">
      Overdue
    </Badge>
  );
}
