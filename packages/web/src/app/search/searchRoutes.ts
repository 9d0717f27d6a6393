import type { SearchType } from '../../generated/graphql';
import { kindOfSearchType, kindsWith, recordPath } from '../records/recordKinds';

/** The detail page of a search hit. */
export function routeOfHit(type: SearchType, id: string): string {
  return recordPath(kindOfSearchType(type), id);
}

/** The kinds of hit that are records of the relationship graph. */
export const GRAPH_TYPES: SearchType[] = kindsWith('graph').flatMap((kind) => (kind.search ? [kind.search] : []));

/** The graph explorer started from a hit (the graph view's own URL parameters, kept short here so
 * that the search box does not load the graph module). */
export function graphRouteOfHit(id: string): string {
  const query = new URLSearchParams({ seeds: id, selected: id });
  return `/graph?${query.toString()}`;
}
