import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pagesByParent, parentPageToPage, type Ordering, type ParentPage } from '../db/paging';
import type { GraphQLContext } from './context';
import type { Page, PageArgs } from './pagination';

export interface NestedList<T extends ObjectLiteral> {
  /** Names the relation, for the request's loader: `Organization.children`. */
  name: string;
  /** The children matching the field's filter (a fresh query each call). */
  query: () => SelectQueryBuilder<T>;
  /** SQL expression of a child row's parent id in that query. */
  parent: string;
  ordering: Ordering;
}

/**
 * One parent's page of a relation, loaded together with the same relation of every other
 * parent in the request that asked with the same arguments.
 */
export async function nestedPage<T extends ObjectLiteral>(
  context: GraphQLContext,
  list: NestedList<T>,
  args: PageArgs & { filter?: unknown; orderBy?: unknown },
  parentId: string,
): Promise<Page<T>> {
  const loader = context.loaders.get<string, ParentPage<T>>(`${list.name}:${JSON.stringify(args)}`, async (ids) => {
    const pages = await pagesByParent(list.query(), list.parent, ids, list.ordering, args);
    return ids.map((id) => pages.get(id)!);
  });
  return parentPageToPage(await loader.load(parentId));
}
