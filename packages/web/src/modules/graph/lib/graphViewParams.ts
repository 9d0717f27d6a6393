import type { GraphEdgeKind, GraphNodeKind } from '../../../generated/graphql';
import { urlParam, type UrlParam } from '../../../ui/useUrlState';
import { EDGE_KINDS, NODE_KINDS } from './graphTypes';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface Pin {
  x: number;
  y: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const finite = (value: number) => Number.isFinite(value);

/** A list that keeps only the allowed values (a hand-edited URL cannot ask for an unknown kind). */
function enumList<T extends string>(allowed: readonly T[]): UrlParam<T[]> {
  const list = urlParam.list();
  return {
    parse: (raw) => list.parse(raw).filter((value): value is T => (allowed as readonly string[]).includes(value)),
    format: (value) => list.format(value),
  };
}

/** `1` / `0`; the default stays out of the URL. */
function flag(fallback: boolean): UrlParam<boolean> {
  return {
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : fallback),
    format: (value) => (value === fallback ? null : value ? '1' : '0'),
  };
}

/** A date as `YYYY-MM-DD`, or empty (today). */
function date(): UrlParam<string> {
  return {
    parse: (raw) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : ''),
    format: (value) => value || null,
  };
}

/** Sigma's camera as `x,y,ratio` (graph coordinates normalised to 0–1, zoom ratio). */
const cameraParam: UrlParam<CameraView | null> = {
  parse: (raw) => {
    const [x, y, ratio] = (raw ?? '').split(',').map(Number);
    return raw && [x, y, ratio].every(finite) && ratio > 0 ? { x, y, ratio } : null;
  },
  format: (value) => (value ? [round(value.x, 4), round(value.y, 4), round(value.ratio, 4)].join(',') : null),
};

/** Pinned nodes and where they were left: `id:x:y,id:x:y`. */
const pinsParam: UrlParam<Record<string, Pin>> = {
  parse: (raw) => {
    const pins: Record<string, Pin> = {};
    for (const item of (raw ?? '').split(',')) {
      const [id, x, y] = item.split(':');
      if (id && finite(Number(x)) && finite(Number(y)) && x !== '' && y !== '')
        pins[id] = { x: Number(x), y: Number(y) };
    }
    return pins;
  },
  format: (value) => {
    const items = Object.entries(value).map(([id, pin]) => `${id}:${round(pin.x, 2)}:${round(pin.y, 2)}`);
    return items.length ? items.join(',') : null;
  },
};

export type GraphPanel = 'details' | 'paths';
const PANELS: GraphPanel[] = ['details', 'paths'];

/**
 * The whole graph view in the URL: what is asked for (seeds, depth, filters, the graph's date),
 * what the person did with it (expanded, hidden and pinned nodes, the selection, the path asked
 * for, whose acquaintances were asked for) and where they look (camera, side panel, the table
 * instead of the drawing). A link reopens the same view.
 */
export const graphViewParams = {
  seeds: urlParam.list(),
  depth: urlParam.integer(1, { min: 1, max: 3 }),
  kinds: enumList<GraphNodeKind>(NODE_KINDS),
  edgeKinds: enumList<GraphEdgeKind>(EDGE_KINDS),
  roles: urlParam.list(),
  asOf: date(),
  past: flag(true),
  expanded: urlParam.list(),
  hidden: urlParam.list(),
  pins: pinsParam,
  selected: urlParam.string(),
  from: urlParam.string(),
  to: urlParam.string(),
  who: urlParam.string(),
  camera: cameraParam,
  panel: {
    parse: (raw: string | null) => (PANELS.includes(raw as GraphPanel) ? (raw as GraphPanel) : 'details'),
    format: (value: GraphPanel) => (value === 'details' ? null : value),
  } satisfies UrlParam<GraphPanel>,
  table: flag(false),
  color: {
    parse: (raw: string | null) => (raw === 'kind' ? 'kind' : 'community'),
    format: (value: 'kind' | 'community') => (value === 'kind' ? 'kind' : null),
  } satisfies UrlParam<'kind' | 'community'>,
};

type ParamValues<P> = { [K in keyof P]: P[K] extends UrlParam<infer T> ? T : never };
export type GraphViewState = ParamValues<typeof graphViewParams>;

/** The view state read from a query string (the same parsing useUrlState does). */
export function parseGraphView(search: string): GraphViewState {
  const params = new URLSearchParams(search);
  return Object.fromEntries(
    Object.entries(graphViewParams).map(([name, param]) => [name, param.parse(params.get(name))]),
  ) as GraphViewState;
}

/** A link to the graph view of the given state; defaults stay out of it. */
export function graphViewHref(state: Partial<GraphViewState>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    const param = graphViewParams[name as keyof GraphViewState] as UrlParam<unknown> | undefined;
    const formatted = param?.format(value);
    if (formatted !== null && formatted !== undefined) params.set(name, formatted);
  }
  const query = params.toString();
  return query ? `/graph?${query}` : '/graph';
}
