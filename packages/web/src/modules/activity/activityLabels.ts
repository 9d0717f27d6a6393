import {
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconNote,
  IconPhone,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { ActivityKind, ActivityStatus, Visibility } from '../../generated/graphql';

/** How each kind is said; the Record keeps it complete when the API adds one. */
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  CALL: 'Call',
  MEETING: 'Meeting',
  EVENT: 'Event',
  TODO: 'To-do',
  EMAIL: 'Email',
  NOTE: 'Note',
};

export const ACTIVITY_KIND_ICONS: Record<ActivityKind, Icon> = {
  CALL: IconPhone,
  MEETING: IconUsersGroup,
  EVENT: IconCalendarEvent,
  TODO: IconChecklist,
  EMAIL: IconMail,
  NOTE: IconNote,
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  PLANNED: 'Planned',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const ACTIVITY_STATUS_COLORS: Record<ActivityStatus, string> = {
  PLANNED: 'blue',
  DONE: 'green',
  CANCELLED: 'gray',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  EVERYONE: 'Everyone',
  TEAM: 'My team',
  PRIVATE: 'Only me',
};

const optionsOf = <K extends string>(labels: Record<K, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value: value as K, label: label as string }));

export const ACTIVITY_KIND_OPTIONS = optionsOf(ACTIVITY_KIND_LABELS);
export const ACTIVITY_STATUS_OPTIONS = optionsOf(ACTIVITY_STATUS_LABELS);
export const VISIBILITY_OPTIONS = optionsOf(VISIBILITY_LABELS);

/** When an activity happens, as the server orders them: its start, else when it is due. */
export function activityWhen(activity: { startsAt?: string | null; dueAt?: string | null }): string | null {
  return activity.startsAt ?? activity.dueAt ?? null;
}

/** A planned activity whose due (or start) time has passed, as the server's `openAndOverdue` says. */
export function isOverdue(
  activity: { status: ActivityStatus; dueAt?: string | null; startsAt?: string | null },
  now = Date.now(),
): boolean {
  const when = activity.dueAt ?? activity.startsAt;
  return activity.status === 'PLANNED' && when !== null && when !== undefined && new Date(when).getTime() < now;
}
