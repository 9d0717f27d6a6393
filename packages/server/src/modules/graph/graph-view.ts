import type { Viewer } from '../../core/auth/viewer';
import { dayNumber, type GraphIndex, type IndexEdge } from './graph-index';
import { EDGE_KINDS, type EdgeKind, type GraphEdge, type GraphNode, type NodeKind } from './graph.types';

/** What a request keeps of the graph: the viewer, the date and the filters. */
export interface ViewFilter {
  viewer: Viewer;
  /** YYYY-MM-DD: the graph as of that date. */
  activeOn: string;
  edgeKinds?: readonly EdgeKind[] | null;
  nodeKinds?: readonly NodeKind[] | null;
  roles?: readonly string[] | null;
  includePast?: boolean;
}

/** An edge as one viewer sees it on one date, or null when they do not. */
export interface EdgeState {
  past: boolean;
  count: number | null;
  lastDate: string | null;
  weight: number;
}

const ROLE_KINDS = new Set<EdgeKind>(['affiliation', 'project_link', 'team_member']);
const KNOWS = EDGE_KINDS.indexOf('knows');
/** Bit masks over EDGE_KINDS places. */
const maskOf = (kinds: Iterable<EdgeKind>) =>
  [...kinds].reduce((mask, kind) => mask | (1 << EDGE_KINDS.indexOf(kind)), 0);
const ROLE_MASK = maskOf(ROLE_KINDS);
const ALL_KINDS = maskOf(EDGE_KINDS);
const DAY = 86_400_000;
/** A link that has ended still ties, half as strongly. */
const PAST_WEIGHT = 0.5;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * KNOWS strength: grows with the shared activities (1 − e^(−count/3)) and fades with the time
 * since the latest (halving in about two years), never quite zero.
 */
function knowsWeight(count: number, lastDate: string | null, activeOn: string): number {
  const ageDays = lastDate ? Math.max(0, (Date.parse(activeOn) - Date.parse(lastDate)) / DAY) : 3650;
  const weight = (1 - Math.exp(-count / 3)) * (0.3 + 0.7 * Math.exp(-ageDays / 1050));
  return Math.max(0.01, Math.min(1, weight));
}

const PRESENT: EdgeState = Object.freeze({ past: false, count: null, lastDate: null, weight: 1 });
const PAST: EdgeState = Object.freeze({ past: true, count: null, lastDate: null, weight: PAST_WEIGHT });

/** The edge-and-node test of one request over one index. */
export class GraphLens {
  private readonly kindMask: number;
  private readonly activeDay: number;
  private readonly nodeKinds: Set<NodeKind> | null;
  private readonly roles: Set<string> | null;
  private readonly teams: Set<string>;
  /**
   * Each edge's state for this request, worked out on its first visit: 0 not yet, 1 not in the
   * view, 2 present, 3 past, 4 a KNOWS tie whose state is in `knowsStates`.
   */
  private readonly codes: Uint8Array;
  private readonly knowsStates = new Map<number, EdgeState>();
  private readonly adminKey: string;
  /** Nodes kept whatever their kind (the seeds). */
  readonly pinned = new Set<number>();

  constructor(
    readonly index: GraphIndex,
    readonly filter: ViewFilter,
  ) {
    this.kindMask = filter.edgeKinds ? maskOf(filter.edgeKinds) : ALL_KINDS;
    this.activeDay = dayNumber(filter.activeOn);
    this.nodeKinds = filter.nodeKinds ? new Set(filter.nodeKinds) : null;
    this.roles = filter.roles ? new Set(filter.roles.map((role) => role.toLowerCase())) : null;
    this.teams = new Set(filter.viewer.teamIds);
    this.adminKey = `${filter.activeOn}#admin`;
    this.codes = new Uint8Array(index.edges.length);
  }

  /** Whether this node may be part of the answer (its kind is kept). */
  keepsNode(node: number): boolean {
    return !this.nodeKinds || this.nodeKinds.has(this.index.nodes[node].kind) || this.pinned.has(node);
  }

  /** How the viewer sees edge `e` on the date, or null when it is not in their graph. */
  edge(e: number): EdgeState | null {
    const { codes } = this;
    // An edge added while this request waited (another request's catch-up) is not cached.
    if (e >= codes.length) return this.evaluate(e);
    switch (codes[e]) {
      case 1:
        return null;
      case 2:
        return PRESENT;
      case 3:
        return PAST;
      case 4:
        return this.knowsStates.get(e)!;
    }
    const state = this.evaluate(e);
    if (state === null) codes[e] = 1;
    else if (state === PRESENT) codes[e] = 2;
    else if (state === PAST) codes[e] = 3;
    else {
      codes[e] = 4;
      this.knowsStates.set(e, state);
    }
    return state;
  }

  /** Calls `visit` for each edge of `node` in the viewer's graph, to a node of a kept kind. */
  forEachEdge(node: number, visit: (edge: number, neighbour: number, state: EdgeState) => void): void {
    this.index.forEachEdge(node, (e, other) => {
      if (!this.keepsNode(other)) return;
      const state = this.edge(e);
      if (state) visit(e, other, state);
    });
  }

  /**
   * As `forEachEdge`, for the edges whose other end's mark in `ends` is set (`inside` true) or
   * not (`inside` false). The mark is read before the edge is judged, so that a walk pays
   * nothing for the edges it would drop anyway (most of a hub's).
   */
  forEachEdgeMarked(
    node: number,
    ends: Uint8Array | Int32Array,
    inside: boolean,
    visit: (edge: number, neighbour: number, state: EdgeState) => void,
  ): void {
    this.index.forEachEdge(node, (e, other) => {
      if ((ends[other] !== 0) !== inside || !this.keepsNode(other)) return;
      const state = this.edge(e);
      if (state) visit(e, other, state);
    });
  }

  private evaluate(e: number): EdgeState | null {
    const { index } = this;
    const kind = index.edgeKinds[e];
    const bit = 1 << kind;
    if ((this.kindMask & bit) === 0) return null;
    if (this.roles && (ROLE_MASK & bit) !== 0 && !this.roles.has((index.edges[e].role ?? '').toLowerCase()))
      return null;
    if (index.edgeSince[e] > this.activeDay) return null;
    if (kind === KNOWS) return this.knows(index.edges[e]);
    const past = index.edgeUntil[e] < this.activeDay;
    if (past && !(this.filter.includePast ?? true)) return null;
    return past ? PAST : PRESENT;
  }

  /**
   * Only the activities the viewer may see, up to the date, make a KNOWS edge. What admins
   * see, and what everyone sees of a tie made only of activities for everyone, is kept on the
   * edge for the next request on the same date.
   */
  private knows(edge: IndexEdge): EdgeState | null {
    const { viewer, activeOn } = this.filter;
    const shared = edge.open || viewer.role === 'admin';
    const key = edge.open ? activeOn : this.adminKey;
    if (shared && edge.memoKey === key) return edge.memo as EdgeState | null;
    const state = this.countKnows(edge);
    if (shared) {
      edge.memoKey = key;
      edge.memo = state;
    }
    return state;
  }

  private countKnows(edge: IndexEdge): EdgeState | null {
    const { viewer, activeOn } = this.filter;
    let count = 0;
    let lastDate: string | null = null;
    for (const a of edge.activities ?? []) {
      const activity = this.index.activities[a];
      if (activity.date && activity.date > activeOn) continue;
      const visible =
        viewer.role === 'admin' ||
        activity.visibility === 'everyone' ||
        activity.ownerId === viewer.userId ||
        (activity.visibility === 'team' && activity.teamId !== null && this.teams.has(activity.teamId));
      if (!visible) continue;
      count++;
      if (activity.date && (!lastDate || activity.date > lastDate)) lastDate = activity.date;
    }
    if (count === 0) return null;
    return { past: false, count, lastDate, weight: knowsWeight(count, lastDate, activeOn) };
  }
}

/** A node for the API, with its degree in the returned view. */
export function graphNode(index: GraphIndex, node: number, degree: number): GraphNode {
  const { id, kind, label, subtitle, country } = index.nodes[node];
  return { id, kind, label, subtitle, country, degree, trashed: false };
}

/** An edge for the API as the lens sees it. */
export function graphEdge(lens: GraphLens, e: number): GraphEdge {
  const edge = lens.index.edges[e];
  const state = lens.edge(e)!;
  return {
    id: edge.id,
    kind: edge.kind,
    source: lens.index.nodes[edge.source].id,
    target: lens.index.nodes[edge.target].id,
    role: edge.role,
    main: edge.main,
    since: edge.since,
    until: edge.until,
    past: state.past,
    note: edge.note,
    count: state.count,
    lastDate: state.lastDate,
    weight: state.weight,
  };
}
