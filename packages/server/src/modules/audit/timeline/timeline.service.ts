import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { nestedWindow, type ParentPage } from '../../../core/db/paging';
import type { PageArgs, PageWindow } from '../../../core/graphql/pagination';
import { Activity } from '../../activity/activity.entity';
import { visibleActivities } from '../../activity/activity.policy';
import { Document } from '../../document/document.entity';
import { visibleDocuments } from '../../document/document.policy';
import { recordKindOf, type AnyRecordKind } from '../../registry/record-registry';
import { Change } from '../../shared/change.entity';
import { visibleChanges } from '../change.policy';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind, type TimelineVia } from './timeline.types';

/** A kind of record with a timeline (see the registry). */
export type TimelineOwner = AnyRecordKind;

const linkedBy = (table: string, record: string, column: string) =>
  `SELECT ${record}, ${column} AS parent_id, NULL::text AS via_type, NULL::uuid AS via_id FROM ${table} WHERE ${column} IN (:...parents)`;

/** The same rows for the records related to the parents (`related.sql`), each marked with its `via`. */
const linkedVia = (table: string, record: string, column: string, related: { type: string; sql: string }) =>
  `SELECT l.${record}, r.parent_id, '${related.type}'::text AS via_type, r.via_id FROM ${table} l
        JOIN (${related.sql}) r ON l.${column} = r.via_id`;

/** One row per (record, parent): the direct link when there is one, else the first related record. */
const firstPerItem = (record: string, branches: string[]) =>
  `SELECT DISTINCT ON (parent_id, ${record}) * FROM (${branches.join('\n      UNION ')}) rows
      ORDER BY parent_id, ${record}, via_id IS NOT NULL, via_type, via_id`;

/**
 * Where a kind of record finds its activities and documents: `(activity_id | document_id,
 * parent_id, via_type, via_id)` rows; with `related`, also those of its related records.
 */
function sourcesOf(owner: TimelineOwner, related: boolean): { activities: string; documents: string } {
  const activityTables = (kind: TimelineOwner) => [
    'activity_links',
    ...(kind.timeline?.participations ? [kind.timeline.participations] : []),
  ];
  const activities = activityTables(owner).map((table) => linkedBy(table, 'activity_id', owner.linkColumn!));
  const documents = [linkedBy('document_links', 'document_id', owner.linkColumn!)];
  for (const other of related ? (owner.timeline?.related ?? []) : []) {
    const kind = recordKindOf(other.type)!;
    for (const table of activityTables(kind)) activities.push(linkedVia(table, 'activity_id', kind.linkColumn!, other));
    documents.push(linkedVia('document_links', 'document_id', kind.linkColumn!, other));
  }
  return { activities: firstPerItem('activity_id', activities), documents: firstPerItem('document_id', documents) };
}

const CHANGE_ACTIONS: Record<'link' | 'change', string[]> = {
  link: ['link', 'unlink'],
  change: ['create', 'update', 'delete', 'restore', 'merge', 'revert'],
};

/**
 * Links that bring an activity or a document to a record: the timeline shows the activity or
 * document itself, so their link events would only repeat it (their unlinking still shows).
 */
const SHOWN_AS_ITEMS = ['activityLink', 'activityContact', 'documentLink'].map((key) => `'${key}'`).join(', ');

/** The items of every parent, as `(parent, kind, id, at)` rows: one SELECT per kind asked for. */
function itemsQuery(owner: TimelineOwner, kinds: TimelineKind[], viewer: Viewer | null, related: boolean) {
  const branches: string[] = [];
  let parameters: Record<string, unknown> = { recordType: owner.type };
  const sources = sourcesOf(owner, related);
  if (kinds.includes('activity')) {
    const visible = visibleActivities('a', viewer);
    parameters = { ...parameters, ...visible.parameters };
    branches.push(`SELECT s.parent_id AS parent, 'activity' AS kind, a.id, coalesce(a.starts_at, a.due_at, a.created_at) AS at,
        s.via_type, s.via_id
      FROM (${sources.activities}) s JOIN activities a ON a.id = s.activity_id
      WHERE a.deleted_at IS NULL AND ${visible.sql}`);
  }
  if (kinds.includes('document')) {
    const visible = visibleDocuments('d', viewer);
    parameters = { ...parameters, ...visible.parameters };
    branches.push(`SELECT s.parent_id AS parent, 'document' AS kind, d.id, d.created_at AS at,
        s.via_type, s.via_id
      FROM (${sources.documents}) s JOIN documents d ON d.id = s.document_id
      WHERE d.deleted_at IS NULL AND ${visible.sql}`);
  }
  const actions = (['link', 'change'] as const)
    .filter((kind) => kinds.includes(kind))
    .flatMap((kind) => CHANGE_ACTIONS[kind]);
  if (actions.length) {
    const visible = visibleChanges('c', viewer);
    parameters = { ...parameters, ...visible.parameters, actions };
    branches.push(`SELECT c.record_id AS parent, CASE WHEN c.action IN ('link', 'unlink') THEN 'link' ELSE 'change' END AS kind, c.id, c.at,
        NULL::text AS via_type, NULL::uuid AS via_id
      FROM changes c
      WHERE c.record_id IN (:...parents) AND c.record_type = :recordType AND c.action IN (:...actions) AND ${visible.sql}
        AND NOT (c.action = 'link' AND c.diff ?| ARRAY[${SHOWN_AS_ITEMS}])`);
  }
  return { sql: branches.join('\nUNION ALL\n'), parameters };
}

interface ItemRow {
  parent: string;
  kind: TimelineKind;
  id: string;
  at: Date | string;
  via_type: string | null;
  via_id: string | null;
  total: number;
}

/** The loaded activities, documents and changes the rows name, by id. */
async function loadItems(dataSource: DataSource, rows: ItemRow[]): Promise<Map<string, Activity | Document | Change>> {
  const idsOf = (kinds: TimelineKind[]) => [
    ...new Set(rows.filter((row) => kinds.includes(row.kind)).map((row) => row.id)),
  ];
  const load = <T extends { id: string }>(entity: new () => T, ids: string[]): Promise<T[]> =>
    ids.length ? dataSource.manager.find(entity, { where: { id: In(ids) } as never }) : Promise.resolve([]);
  const [activities, documents, changes] = await Promise.all([
    load(Activity, idsOf(['activity'])),
    load(Document, idsOf(['document'])),
    load(Change, idsOf(['link', 'change'])),
  ]);
  return new Map<string, Activity | Document | Change>(
    [...activities, ...documents, ...changes].map((row) => [row.id, row]),
  );
}

/** The records the rows came through, with their titles: one statement per kind of record. */
async function loadVias(dataSource: DataSource, rows: ItemRow[]): Promise<Map<string, TimelineVia>> {
  const byType = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.via_type && row.via_id) byType.set(row.via_type, (byType.get(row.via_type) ?? new Set()).add(row.via_id));
  }
  const vias = new Map<string, TimelineVia>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const kind = recordKindOf(type)!;
      const found: { id: string; title: string }[] = await dataSource.query(
        `SELECT r.id, ${kind.title} AS title FROM ${kind.table} r WHERE r.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      for (const { id, title } of found) vias.set(id, { type, id, title });
    }),
  );
  return vias;
}

/**
 * A page of the timeline of each parent, newest first, in one UNION ALL statement ranked per
 * parent (plus one statement per kind of item to load them), whatever the number of parents.
 */
export async function timelinePages(
  dataSource: DataSource,
  viewer: Viewer | null,
  owner: TimelineOwner,
  parentIds: readonly string[],
  args: PageArgs & { kinds?: TimelineKind[]; related?: boolean },
): Promise<Map<string, ParentPage<TimelineItem>>> {
  const window = nestedWindow(args);
  const kinds = args.kinds?.length ? args.kinds : [...TIMELINE_KINDS];
  const items = itemsQuery(owner, kinds, viewer, args.related ?? true);
  const range =
    'fromEnd' in window
      ? { where: 'position > total - :fromEnd', values: { fromEnd: window.fromEnd } }
      : {
          where: 'position > :start AND position <= :end',
          values: { start: window.offset, end: window.offset + window.limit + 1 },
        };
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT parent, kind, id, at, via_type, via_id, total::int AS total FROM (
       SELECT items.*, row_number() OVER (PARTITION BY parent ORDER BY at DESC, id DESC) AS position,
              count(*) OVER (PARTITION BY parent) AS total
       FROM (${items.sql}) items
     ) ranked
     WHERE ${range.where}
     ORDER BY parent, position`,
    { ...items.parameters, ...range.values, parents: [...parentIds] },
  );
  const rows: ItemRow[] = await dataSource.query(sql, values);
  const [loaded, vias] = await Promise.all([loadItems(dataSource, rows), loadVias(dataSource, rows)]);

  const windowFor = (total: number): PageWindow =>
    'fromEnd' in window
      ? { offset: Math.max(0, total - window.fromEnd), limit: Math.min(total, window.fromEnd) }
      : window;
  const pages = new Map<string, ParentPage<TimelineItem>>(
    parentIds.map((id) => [id, { rows: [], total: 0, window: windowFor(0) }]),
  );
  for (const row of rows) {
    const page = pages.get(row.parent)!;
    if (page.total !== row.total) Object.assign(page, { total: row.total, window: windowFor(row.total) });
    const record = loaded.get(row.id);
    if (!record) continue;
    page.rows.push({
      kind: row.kind,
      at: new Date(row.at),
      activity: row.kind === 'activity' ? (record as Activity) : null,
      document: row.kind === 'document' ? (record as Document) : null,
      change: row.kind === 'link' || row.kind === 'change' ? (record as Change) : null,
      via: row.via_id ? (vias.get(row.via_id) ?? null) : null,
    });
  }
  return pages;
}
