import type { Viewer } from '../../core/auth/viewer';

/**
 * When we were last, and will next be, in touch with an organization or a contact, read from
 * activities. One rule, used by the `lastContactedAt` / `nextPlannedAt` fields and by the
 * "last contacted" sort of the lists:
 *
 * - only calls, meetings, emails and events count (to-dos and notes are not contact);
 * - an activity's time is when it starts, else when it is due, else when it was recorded;
 * - **last contacted**: the latest such time of a DONE activity, not in the future;
 * - **next planned**: the earliest such time of a PLANNED activity, not in the past;
 * - a contact's activities are those linked to them or in which they take part; an
 *   organization's are those linked to it and those of the contacts affiliated with it;
 * - trashed activities and activities the viewer may not see are left out.
 */
const CONTACT_ACTIVITY_KINDS = ['call', 'meeting', 'email', 'event'] as const;

export type DatedRecord = 'organization' | 'contact';

const WHEN = 'coalesce(a.starts_at, a.due_at, a.created_at)';

const CONTACT_ACTIVITIES = `SELECT contact_id, activity_id FROM activity_links WHERE contact_id IS NOT NULL
  UNION SELECT contact_id, activity_id FROM activity_contacts`;

/** `(record_id, activity_id)` rows: the activities of each record of this kind. */
const ACTIVITIES_OF: Record<DatedRecord, string> = {
  contact: `SELECT contact_id AS record_id, activity_id FROM (${CONTACT_ACTIVITIES}) ca`,
  organization: `SELECT organization_id AS record_id, activity_id FROM activity_links WHERE organization_id IS NOT NULL
    UNION SELECT af.organization_id, ca.activity_id FROM affiliations af JOIN (${CONTACT_ACTIVITIES}) ca ON ca.contact_id = af.contact_id`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const literal = (id: string) => {
  if (!UUID.test(id)) throw new Error('A viewer id is not a UUID');
  return `'${id}'`;
};

/**
 * The activities of `a` the viewer may see, as SQL with its values written in (ids checked to be
 * UUIDs), so that it can sit in an ORDER BY of any list without parameters of its own. The same
 * rule as `visibilityPredicate`.
 */
function visibleLiterally(viewer: Viewer | null): string {
  if (!viewer) return 'FALSE';
  if (viewer.role === 'admin') return 'TRUE';
  const team = viewer.teamIds.length
    ? ` OR (a.visibility = 'team' AND a.team_id IN (${viewer.teamIds.map(literal).join(', ')}))`
    : '';
  return `(a.visibility = 'everyone' OR a.owner_id = ${literal(viewer.userId)}${team})`;
}

const KINDS = CONTACT_ACTIVITY_KINDS.map((kind) => `'${kind}'`).join(', ');
const LAST = `a.status = 'done' AND ${WHEN} <= now()`;
const NEXT = `a.status = 'planned' AND ${WHEN} >= now()`;

/** The activities that count, for the records whose ids satisfy `records` (over `x.record_id`). */
function countingActivities(record: DatedRecord, records: string, viewer: Viewer | null): string {
  return `FROM (${ACTIVITIES_OF[record]}) x JOIN activities a ON a.id = x.activity_id
    WHERE ${records} AND a.deleted_at IS NULL AND a.kind IN (${KINDS}) AND ${visibleLiterally(viewer)}`;
}

/** "Last contacted" of the row `alias` of a list query, as an expression to sort by. */
export function lastContactedExpression(record: DatedRecord, alias: string, viewer: Viewer | null): string {
  return `(SELECT max(${WHEN}) ${countingActivities(record, `x.record_id = ${alias}.id`, viewer)} AND ${LAST})`;
}

export interface ContactDates {
  lastContactedAt: Date | null;
  nextPlannedAt: Date | null;
}

/** Both dates of many records in one statement: `$1` is the array of their ids. */
export function contactDatesSql(record: DatedRecord, viewer: Viewer | null): string {
  return `SELECT x.record_id AS id,
      max(${WHEN}) FILTER (WHERE ${LAST}) AS last,
      min(${WHEN}) FILTER (WHERE ${NEXT}) AS next
    ${countingActivities(record, 'x.record_id = ANY($1::uuid[])', viewer)}
    GROUP BY x.record_id`;
}
