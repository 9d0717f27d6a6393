import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { visibilityPredicate } from '../../../core/auth/visibility-rules';
import { pageWindow, toPage, type Page, type PageArgs } from '../../../core/graphql/pagination';
import { TRASH_KINDS, TRASH_TYPES, type TrashItem, type TrashTypeValue } from './trash.types';

/** The trashed records of the kinds asked for, as `(type, id, title, deleted_at)` rows. */
function trashedQuery(types: TrashTypeValue[], viewer: Viewer | null) {
  let parameters: Record<string, unknown> = {};
  const branches = types.map((type) => {
    const kind = TRASH_KINDS.get(type)!;
    const visible = kind.visibility ? visibilityPredicate('r', viewer) : null;
    if (visible) parameters = { ...parameters, ...visible.parameters };
    return `SELECT '${type}' AS type, r.id, ${kind.title} AS title, r.deleted_at
      FROM ${kind.table} r WHERE r.deleted_at IS NOT NULL${visible ? ` AND ${visible.sql}` : ''}`;
  });
  return { sql: branches.join('\nUNION ALL\n'), parameters };
}

interface TrashRow {
  type: TrashTypeValue;
  id: string;
  title: string;
  deleted_at: Date | string;
  deleted_by_id: string | null;
}

/**
 * A page of the trash, newest deletion first, in one statement (two with `totalCount`). Who
 * trashed a record is the author of its last change that set `deletedAt` (a delete, a revert of
 * its creation, a merge into another record).
 */
export async function trashPage(
  dataSource: DataSource,
  viewer: Viewer | null,
  types: TrashTypeValue[] | undefined,
  args: PageArgs,
): Promise<Page<TrashItem>> {
  const trashed = trashedQuery(types?.length ? types : [...TRASH_TYPES], viewer);
  const run = (sql: string, parameters: Record<string, unknown>) => {
    const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, { ...trashed.parameters, ...parameters });
    return dataSource.query(text, values);
  };
  const count = async () => (await run(`SELECT count(*)::int AS n FROM (${trashed.sql}) trashed`, {}))[0].n as number;
  const window = await pageWindow(args, count);
  if (window.limit === 0) return toPage([], window, count);
  const rows: TrashRow[] = await run(
    `SELECT page.*, (
       SELECT ch.actor_id FROM changes ch
       WHERE ch.record_id = page.id AND ch.diff -> 'deletedAt' ->> 'after' IS NOT NULL
       ORDER BY ch.at DESC LIMIT 1
     ) AS deleted_by_id
     FROM (SELECT * FROM (${trashed.sql}) trashed ORDER BY deleted_at DESC, id DESC OFFSET :offset LIMIT :limit) page
     ORDER BY deleted_at DESC, id DESC`,
    { offset: window.offset, limit: window.limit + 1 },
  );
  const items = rows.map((row): TrashItem => ({
    type: row.type,
    id: row.id,
    title: row.title,
    deletedAt: new Date(row.deleted_at),
    deletedById: row.deleted_by_id,
  }));
  return toPage(items, window, count);
}
