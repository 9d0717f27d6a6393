import { kindsWith } from '../../../app/records/recordKinds';
import type { SavedViewKind } from '../../../generated/graphql';

/** What a view can be saved of: a list of records, or the graph; its saved views are listed under it. */
export interface SavedViewTarget {
  kind: SavedViewKind;
  /** Its page, whose URL query is the view: `/contacts`, `/graph`. */
  path: string;
  /** How the save dialog names it: "contacts", "the graph". */
  what: string;
  /** Where the navigation lists its saved views: "Contacts", "Graph". */
  under: string;
}

/** The graph keeps its whole view in the URL query, each parameter as it is. */
export const GRAPH_TARGET: SavedViewTarget = { kind: 'GRAPH', path: '/graph', what: 'the graph', under: 'Graph' };

/** Every page whose views can be saved, by path: each list that has saved views, and the graph. */
export const SAVED_VIEW_TARGETS = new Map<string, SavedViewTarget>(
  [
    ...kindsWith('savedViews').map((kind) => ({
      kind: kind.savedViews,
      path: kind.path!,
      what: kind.plural.toLowerCase(),
      under: kind.plural,
    })),
    GRAPH_TARGET,
  ].map((target) => [target.path, target]),
);

interface ViewParts {
  filters: Record<string, unknown>;
  sort?: string | null;
  columns: string[];
}

/**
 * The view a page's URL query holds (`?country=DE&sort=-name&cols=name,city`), as a saved view
 * keeps it: a list's filters, sort and columns (its page and page size left out); the graph's
 * whole query as filters.
 */
export function viewOfSearch(target: SavedViewTarget, search: string) {
  const filters: Record<string, string> = {};
  let sort: string | null = null;
  let columns: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (target.kind === 'GRAPH') filters[key] = value;
    else if (key === 'sort') sort = value;
    else if (key === 'cols') columns = value.split(',').filter(Boolean);
    else if (key !== 'page' && key !== 'size') filters[key] = value;
  }
  return { filters, sort, columns };
}

/** A saved view's URL: its page with the view's filters, sort and columns. */
export function savedViewHref(target: SavedViewTarget, view: ViewParts): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(view.filters)) if (typeof value === 'string') params.set(key, value);
  if (view.sort) params.set('sort', view.sort);
  if (view.columns.length) params.set('cols', view.columns.join(','));
  const query = params.toString();
  return query ? `${target.path}?${query}` : target.path;
}
