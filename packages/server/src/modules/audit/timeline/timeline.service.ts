import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { nestedWindow, type ParentPage } from '../../../core/db/paging';
import type { PageArgs, PageWindow } from '../../../core/graphql/pagination';
import { Activity } from '../../activity/activity.entity';
import { visibleActivities } from '../../activity/activity.policy';
import { Document } from '../../document/document.entity';
import { visibleDocuments } from '../../document/document.policy';
import type { AnyRecordKind } from '../../registry/record-registry';
import { Change } from '../../shared/change.entity';
import { visibleChanges } from '../change.policy';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from './timeline.types';

/** A kind of record with a timeline (see the registry). */
export type TimelineOwner = AnyRecordKind;

const linkedBy = (table: string, record: string, column: string) =>
  `SELECT ${record}, ${column} AS parent_id FROM ${table} WHERE ${column} IN (:...parents)`;

/** Where a kind of record finds its activities and documents: `(activity_id | document_id, parent_id)` rows. */
function sourcesOf(owner: TimelineOwner): { activities: string; documents: string } {
  const column = owner.linkColumn!;
  const participations = owner.timeline?.participations;
  return {
    activities: [
      linkedBy('activity_links', 'activity_id', column),
      ...(participations ? [linkedBy(participations, 'activity_id', column)] : []),
    ].join('\n      UNION '),
    documents: linkedBy('document_links', 'document_id', column),
  };
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
function itemsQuery(owner: TimelineOwner, kinds: TimelineKind[], viewer: Viewer | null) {
  const branches: string[] = [];
  let parameters: Record<string, unknown> = { recordType: owner.type };
  const sources = sourcesOf(owner);
  if (kinds.includes('activity')) {
    const visible = visibleActivities('a', viewer);
    parameters = { ...parameters, ...visible.parameters };
    branches.push(`SELECT s.parent_id AS parent, 'activity' AS kind, a.id, coalesce(a.starts_at, a.due_at, a.created_at) AS at
      FROM (${sources.activities}) s JOIN activities a ON a.id = s.activity_id
      WHERE a.deleted_at IS NULL AND ${visible.sql}`);
  }
  if (kinds.includes('document')) {
    const visible = visibleDocuments('d', viewer);
    parameters = { ...parameters, ...visible.parameters };
    branches.push(`SELECT s.parent_id AS parent, 'document' AS kind, d.id, d.created_at AS at
      FROM (${sources.documents}) s JOIN documents d ON d.id = s.document_id
      WHERE d.deleted_at IS NULL AND ${visible.sql}`);
  }
  const actions = (['link', 'change'] as const)
    .filter((kind) => kinds.includes(kind))
    .flatMap((kind) => CHANGE_ACTIONS[kind]);
  if (actions.length) {
    const visible = visibleChanges('c', viewer);
    parameters = { ...parameters, ...visible.parameters, actions };
    branches.push(`SELECT c.record_id AS parent, CASE WHEN c.action IN ('link', 'unlink') THEN 'link' ELSE 'change' END AS kind, c.id, c.at
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

/**
 * A page of the timeline of each parent, newest first, in one UNION ALL statement ranked per
 * parent (plus one statement per kind of item to load them), whatever the number of parents.
 */
export async function timelinePages(
  dataSource: DataSource,
  viewer: Viewer | null,
  owner: TimelineOwner,
  parentIds: readonly string[],
  args: PageArgs & { kinds?: TimelineKind[] },
): Promise<Map<string, ParentPage<TimelineItem>>> {
  const window = nestedWindow(args);
  const kinds = args.kinds?.length ? args.kinds : [...TIMELINE_KINDS];
  const items = itemsQuery(owner, kinds, viewer);
  const range =
    'fromEnd' in window
      ? { where: 'position > total - :fromEnd', values: { fromEnd: window.fromEnd } }
      : {
          where: 'position > :start AND position <= :end',
          values: { start: window.offset, end: window.offset + window.limit + 1 },
        };
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT parent, kind, id, at, total::int AS total FROM (
       SELECT items.*, row_number() OVER (PARTITION BY parent ORDER BY at DESC, id DESC) AS position,
              count(*) OVER (PARTITION BY parent) AS total
       FROM (${items.sql}) items
     ) ranked
     WHERE ${range.where}
     ORDER BY parent, position`,
    { ...items.parameters, ...range.values, parents: [...parentIds] },
  );
  const rows: ItemRow[] = await dataSource.query(sql, values);
  const loaded = await loadItems(dataSource, rows);

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
    });
  }
  return pages;
}
