import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../graphql/errors';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  pageWindow,
  toPage,
  type Page,
  type PageArgs,
  type PageWindow,
} from '../graphql/pagination';
import { entityHydrator } from './hydrate';

/** An ordering as SQL: expressions over the query's aliases, each with its direction. */
export type Ordering = [expression: string, direction: 'ASC' | 'DESC'][];

function orderClause(ordering: Ordering): string {
  return ordering.map(([expression, direction]) => `${expression} ${direction} NULLS LAST`).join(', ');
}

/**
 * One page of a filtered query in one statement (two when the client asks for `totalCount`).
 * The query must not multiply rows through joins; the ordering must end with a unique column.
 */
export async function pageOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  ordering: Ordering,
  args: PageArgs,
): Promise<Page<T>> {
  const count = () => query.clone().getCount();
  const window = await pageWindow(args, count);
  if (window.limit === 0) return toPage([], window, count);
  const ordered = query.clone();
  ordering.forEach(([expression, direction], index) => {
    const alias = `order_${index}`;
    // In parentheses: a bare `o.id` would rename the entity's own column and leave it unmapped.
    ordered.addSelect(`(${expression})`, alias);
    ordered.addOrderBy(alias, direction, 'NULLS LAST');
  });
  const rows = await ordered
    .offset(window.offset)
    .limit(window.limit + 1)
    .getMany();
  return toPage(rows, window, count);
}

export interface ParentPage<T> {
  rows: T[];
  total: number;
  window: PageWindow;
}

/** Nested lists take the same arguments; `last` without `before` counts from each parent's end. */
export function nestedWindow(args: PageArgs): { fromEnd: number } | PageWindow {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('Ask for first or last, not both', { first: ['cannot be used with last'] });
  }
  if (args.last != null && args.before == null) return { fromEnd: args.last };
  const offset = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  if (args.last != null) {
    const end = decodeCursor(args.before!, 'before');
    return { offset: Math.max(0, end - args.last), limit: Math.min(args.last, end) };
  }
  const end = args.before != null ? decodeCursor(args.before, 'before') : Infinity;
  return { offset, limit: Math.max(0, Math.min(args.first ?? DEFAULT_PAGE_SIZE, end - offset)) };
}

/**
 * A page of children for each of many parents in one statement, whatever their number: rows
 * are ranked within their parent by a window function, and the ranked rows of each window
 * are read whole. `parent` is the SQL expression of a row's parent id in `query`.
 */
export async function pagesByParent<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  parent: string,
  parentIds: readonly string[],
  ordering: Ordering,
  args: PageArgs,
): Promise<Map<string, ParentPage<T>>> {
  const window = nestedWindow(args);
  const alias = query.alias;
  const ranked = query
    .clone()
    .select(parent, 'parent')
    .addSelect(`${alias}.id`, 'id')
    .addSelect(`row_number() OVER (PARTITION BY ${parent} ORDER BY ${orderClause(ordering)})`, 'position')
    .addSelect(`count(*) OVER (PARTITION BY ${parent})`, 'total')
    .andWhere(`${parent} IN (:...parentIds)`, { parentIds })
    .orderBy();
  const [sql, parameters] = ranked.getQueryAndParameters();
  const n = parameters.length;
  const range =
    'fromEnd' in window
      ? { where: `position > total - $${n + 1}`, values: [window.fromEnd] }
      : {
          where: `position > $${n + 1} AND position <= $${n + 2}`,
          values: [window.offset, window.offset + window.limit + 1],
        };
  const connection = query.connection;
  const target = query.expressionMap.mainAlias!.target;
  const metadata = connection.getMetadata(target);
  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => `child."${column.databaseName}"`)
    .join(', ');
  const rows: (Record<string, unknown> & { __parent: string; __total: number })[] = await connection.query(
    `SELECT ranked.parent AS __parent, ranked.total::int AS __total, ${columns}
     FROM (${sql}) ranked JOIN "${metadata.tablePath}" child ON child.id = ranked.id
     WHERE ${range.where} ORDER BY ranked.parent, ranked.position`,
    [...parameters, ...range.values],
  );

  const hydrate = entityHydrator<T>(connection, target);
  const pages = new Map<string, ParentPage<T>>();
  const windowFor = (total: number): PageWindow =>
    'fromEnd' in window
      ? { offset: Math.max(0, total - window.fromEnd), limit: Math.min(total, window.fromEnd) }
      : window;
  for (const id of parentIds) pages.set(id, { rows: [], total: 0, window: windowFor(0) });
  for (const row of rows) {
    const page = pages.get(row.__parent)!;
    if (page.total !== row.__total) Object.assign(page, { total: row.__total, window: windowFor(row.__total) });
    page.rows.push(hydrate(row));
  }
  return pages;
}

/** A ParentPage as a connection page. */
export function parentPageToPage<T>(page: ParentPage<T>): Page<T> {
  return toPage(page.rows, page.window, () => page.total);
}
