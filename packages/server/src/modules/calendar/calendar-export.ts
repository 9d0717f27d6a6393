import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { Activity, type ActivityKind, type ActivityStatus } from '../activity/activity.entity';
import { activityQuery } from '../activity/activity.service';
import { icalCalendar, icalDate, icalDateTime, icalText, type ICalComponent, type ICalProperty } from './icalendar';

/** The kinds a calendar shows: what is planned for a time. Emails and notes record what happened. */
export const CALENDAR_KINDS: ActivityKind[] = ['call', 'meeting', 'event', 'todo'];

const EVENT_STATUS: Record<ActivityStatus, string> = {
  planned: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};
const TODO_STATUS: Record<ActivityStatus, string> = {
  planned: 'NEEDS-ACTION',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};

/** When it is stable across exports: the same activity keeps its UID and, unchanged, its DTSTAMP. */
function commonProperties(activity: Activity): ICalProperty[] {
  const properties: ICalProperty[] = [
    ['UID', `activity-${activity.id}@liaison`],
    ['DTSTAMP', icalDateTime(activity.updatedAt)],
    ['CREATED', icalDateTime(activity.createdAt)],
    ['LAST-MODIFIED', icalDateTime(activity.updatedAt)],
    ['SEQUENCE', String(activity.version - 1)],
    ['SUMMARY', icalText(activity.subject)],
    ['CATEGORIES', activity.kind.toUpperCase()],
  ];
  if (activity.description) properties.push(['DESCRIPTION', icalText(activity.description)]);
  if (activity.location) properties.push(['LOCATION', icalText(activity.location)]);
  if (activity.visibility === 'private') properties.push(['CLASS', 'PRIVATE']);
  return properties;
}

/** A to-do as a VTODO due at its due time (or start); any other kind as a VEVENT. */
export function activityComponent(activity: Activity): ICalComponent {
  const properties = commonProperties(activity);
  if (activity.kind === 'todo') {
    const due = activity.dueAt ?? activity.startsAt;
    if (due) properties.push(['DUE', icalDateTime(due)]);
    properties.push(['STATUS', TODO_STATUS[activity.status]]);
    if (activity.status === 'done') properties.push(['COMPLETED', icalDateTime(activity.updatedAt)]);
    return { type: 'VTODO', properties };
  }
  if (activity.startsAt) {
    properties.push(['DTSTART', icalDateTime(activity.startsAt)]);
    if (activity.endsAt) properties.push(['DTEND', icalDateTime(activity.endsAt)]);
  } else if (activity.dueAt) {
    // Only a day it is due: an all-day event on that (UTC) day.
    const next = new Date(activity.dueAt.getTime() + 86_400_000);
    properties.push(['DTSTART', icalDate(activity.dueAt), { VALUE: 'DATE' }]);
    properties.push(['DTEND', icalDate(next), { VALUE: 'DATE' }]);
  }
  properties.push(['STATUS', EVENT_STATUS[activity.status]]);
  return { type: 'VEVENT', properties };
}

/**
 * The viewer's own activities (owned or taken part in) of the calendar's kinds that happen in
 * [from, to), as an iCalendar document: one statement, with the visibility rule of every list.
 */
export async function exportCalendar(dataSource: DataSource, viewer: Viewer, from: Date, to: Date): Promise<string> {
  const activities = await activityQuery(dataSource, viewer, { mine: true, kinds: CALENDAR_KINDS, from, to })
    .addSelect('(coalesce(a.starts_at, a.due_at))', 'calendar_when')
    .orderBy('calendar_when', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getMany();
  return icalCalendar('Liaison', activities.map(activityComponent));
}
