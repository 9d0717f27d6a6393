import type { Viewer } from '../../core/auth/viewer';
import { visibilityPredicate, type Predicate } from '../../core/auth/visibility-rules';
import { visibleActivities } from '../activity/activity.policy';
import { maySeeContactDetails } from '../contact/contact.policy';
import { visibleDocuments } from '../document/document.policy';
import { kindsWith } from '../registry/record-registry';
import type { ChangeDiff } from '../shared/change.entity';

/** The id a link's value names under `key` in a diff entry `e` (a `jsonb_each` row). */
const linkedId = (entry: string, key: string) =>
  `coalesce(${entry}.value -> 'after' ->> '${key}', ${entry}.value -> 'before' ->> '${key}')::uuid`;

/**
 * The changes of `alias` the viewer may see: not those of a record hidden from them (any kind
 * whose rows carry a visibility: activities, documents, saved views …), nor those whose diff
 * names a hidden activity or document (a link to a hidden activity tells it exists).
 */
export function visibleChanges(alias: string, viewer: Viewer | null): Predicate {
  if (!viewer) return { sql: 'FALSE', parameters: {} };
  if (viewer.role === 'admin') return { sql: 'TRUE', parameters: {} };
  const own = kindsWith('visibility').map((kind, index) => {
    const row = `${alias}_o${index}`;
    const visible = visibilityPredicate(row, viewer);
    return {
      sql: `(${alias}.record_type <> '${kind.type}' OR EXISTS (
      SELECT 1 FROM ${kind.table} ${row} WHERE ${row}.id = ${alias}.record_id AND ${visible.sql}))`,
      parameters: visible.parameters,
    };
  });
  const linkedActivity = visibleActivities(`${alias}_la`, viewer);
  const linkedDocument = visibleDocuments(`${alias}_ld`, viewer);
  const sql = `(
    ${own.map((clause) => clause.sql).join('\n    AND ')}
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
      ...Object.assign({}, ...own.map((clause) => clause.parameters)),
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
