import dayjs, { type Dayjs } from 'dayjs';
import type { ActivityKind } from '../../generated/graphql';

export type CalendarView = 'month' | 'week' | 'agenda';
export type CalendarScope = 'me' | 'team' | 'everyone';

/** The kinds a calendar shows, as the server's .ics export: what is planned for a time. */
export const CALENDAR_KINDS: ActivityKind[] = ['CALL', 'MEETING', 'EVENT', 'TODO'];

/** The hours the week view has a slot for; earlier and later times sit in the first and last. */
export const FIRST_HOUR = 7;
export const LAST_HOUR = 20;

/** Weeks start on Monday. */
export function startOfWeek(day: Dayjs): Dayjs {
  return day.startOf('day').subtract((day.day() + 6) % 7, 'day');
}

/** The days a view shows around `anchor`: six whole weeks for a month, seven days for a week, the month for the agenda. */
export function viewRange(view: CalendarView, anchor: Dayjs): { from: Dayjs; to: Dayjs } {
  if (view === 'week') {
    const from = startOfWeek(anchor);
    return { from, to: from.add(7, 'day') };
  }
  if (view === 'agenda') {
    const from = anchor.startOf('month');
    return { from, to: from.add(1, 'month') };
  }
  const from = startOfWeek(anchor.startOf('month'));
  return { from, to: from.add(42, 'day') };
}

/** Each day of [from, to). */
export function daysOf({ from, to }: { from: Dayjs; to: Dayjs }): Dayjs[] {
  const days: Dayjs[] = [];
  for (let day = from; day.isBefore(to); day = day.add(1, 'day')) days.push(day);
  return days;
}

/** The anchor one step back or on: a month, or a week. */
export function step(view: CalendarView, anchor: Dayjs, direction: 1 | -1): Dayjs {
  return anchor.add(direction, view === 'week' ? 'week' : 'month');
}

/** The title of the period shown: "March 2031", or "10 – 16 March 2031". */
export function periodTitle(view: CalendarView, anchor: Dayjs): string {
  if (view !== 'week') return anchor.format('MMMM YYYY');
  const { from, to } = viewRange(view, anchor);
  const last = to.subtract(1, 'day');
  return from.month() === last.month()
    ? `${from.format('D')} – ${last.format('D MMMM YYYY')}`
    : `${from.format('D MMMM')} – ${last.format('D MMMM YYYY')}`;
}

export interface Timed {
  startsAt?: string | null;
  endsAt?: string | null;
  dueAt?: string | null;
}

/** When it shows on the calendar: its start, else when it is due. */
export function whenOf(activity: Timed): Dayjs | null {
  const when = activity.startsAt ?? activity.dueAt;
  return when ? dayjs(when) : null;
}

/**
 * Its times moved so that it happens at `when`: start, end and due date shift together, so a
 * meeting keeps its length. Only the fields it has are given.
 */
export function movedTo(activity: Timed, when: Dayjs): Timed {
  const current = whenOf(activity);
  if (!current) return {};
  const delta = when.diff(current);
  const shift = (value: string | null | undefined) => dayjs(value).add(delta, 'ms').toISOString();
  const moved: Timed = {};
  if (activity.startsAt) moved.startsAt = shift(activity.startsAt);
  if (activity.endsAt) moved.endsAt = shift(activity.endsAt);
  if (activity.dueAt) moved.dueAt = shift(activity.dueAt);
  return moved;
}

/** `day` at the time of day the activity has now (a move to another day keeps its hour). */
export function sameTimeOn(activity: Timed, day: Dayjs, hour?: number): Dayjs {
  const current = whenOf(activity) ?? day;
  return day
    .hour(hour ?? current.hour())
    .minute(current.minute())
    .second(0)
    .millisecond(0);
}
