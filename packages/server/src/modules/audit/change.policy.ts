import type { Viewer } from '../../core/auth/viewer';
import type { Predicate } from '../../core/auth/visibility-rules';
import { visibleActivities } from '../activity/activity.policy';
import { maySeeContactDetails } from '../contact/contact.policy';
import { visibleDocuments } from '../document/document.policy';
import type { ChangeDiff } from '../shared/change.entity';

/** The id a link's value names under `key` in a diff entry `e` (a `jsonb_each` row). */
const linkedId = (entry: string, key: string) =>
  `coalesce(${entry}.value -> 'after' ->> '${key}', ${entry}.value -> 'before' ->> '${key}')::uuid`;

/**
 * The changes of `alias` the viewer may see: not those of an activity or a document hidden
 * from them, nor those whose diff names one (a link to a hidden activity tells it exists).
 */
export function visibleChanges(alias: string, viewer: Viewer | null): Predicate {
  if (!viewer) return { sql: 'FALSE', parameters: {} };
  if (viewer.role === 'admin') return { sql: 'TRUE', parameters: {} };
  const ownActivity = visibleActivities(`${alias}_a`, viewer);
  const ownDocument = visibleDocuments(`${alias}_d`, viewer);
  const linkedActivity = visibleActivities(`${alias}_la`, viewer);
  const linkedDocument = visibleDocuments(`${alias}_ld`, viewer);
  const sql = `(
    (${alias}.record_type <> 'Activity' OR EXISTS (
      SELECT 1 FROM activities ${alias}_a WHERE ${alias}_a.id = ${alias}.record_id AND ${ownActivity.sql}))
    AND (${alias}.record_type <> 'Document' OR EXISTS (
      SELECT 1 FROM documents ${alias}_d WHERE ${alias}_d.id = ${alias}.record_id AND ${ownDocument.sql}))
    AND NOT EXISTS (
      SELECT 1 FROM jsonb_each(${alias}.diff) ${alias}_e
      JOIN activities ${alias}_la ON ${alias}_la.id = ${linkedId(`${alias}_e`, 'activityId')}
      WHERE NOT ${linkedActivity.sql})
    AND NOT EXISTS (
      SELECT 1 FROM jsonb_each(${alias}.diff) ${alias}_f
      JOIN documents ${alias}_ld ON ${alias}_ld.id = ${linkedId(`${alias}_f`, 'documentId')}
      WHERE NOT ${linkedDocument.sql})
  )`;
  return {
    sql,
    parameters: {
      ...ownActivity.parameters,
      ...ownDocument.parameters,
      ...linkedActivity.parameters,
      ...linkedDocument.parameters,
    },
  };
}

/** Keys of personal contact details, wherever they appear in a diff (fields, snapshots). */
const CONTACT_DETAILS = new Set(['emails', 'phones']);

function withoutDetails(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDetails);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !CONTACT_DETAILS.has(key))
      .map(([key, inner]) => [key, withoutDetails(inner)]),
  );
}

/** A diff as the viewer may read it: without contacts' emails and phones for those who may not see them. */
export function diffFor(viewer: Viewer | null, diff: ChangeDiff): ChangeDiff {
  return maySeeContactDetails(viewer) ? diff : (withoutDetails(diff) as ChangeDiff);
}
