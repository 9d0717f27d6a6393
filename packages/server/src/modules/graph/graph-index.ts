import type { Visibility } from '../../core/auth/visibility';
import { EDGE_KINDS, type EdgeKind, type NodeKind } from './graph.types';

/** A record of the graph as the index keeps it. */
export interface IndexNode {
  id: string;
  kind: NodeKind;
  label: string;
  subtitle: string | null;
  country: string | null;
  alive: boolean;
}

/** A link of the graph; KNOWS edges carry the activities they derive from. */
export interface IndexEdge {
  /** The API id: `<kind>:<link id>` or `<kind>:<source>:<target>`. */
  id: string;
  kind: EdgeKind;
  source: number;
  target: number;
  role: string | null;
  main: boolean | null;
  since: string | null;
  until: string | null;
  note: string | null;
  /** KNOWS: indexes into `activities`. */
  activities: number[] | null;
  /** KNOWS: every one of its activities is for everyone, so every viewer sees it alike. */
  open: boolean;
  /** KNOWS: the last state worked out that holds for every request with the same `memoKey`. */
  memoKey: string | null;
  memo: unknown;
  alive: boolean;
}

/** What of an activity decides who may see the KNOWS ties it makes. */
export interface ActivityFact {
  id: string;
  date: string | null;
  visibility: Visibility;
  ownerId: string | null;
  teamId: string | null;
  /** The KNOWS edges it contributes to. */
  edges: number[];
}

export interface NodeRow {
  kind: NodeKind;
  id: string;
  label: string;
  subtitle: string | null;
  country: string | null;
}

export interface EdgeRow {
  kind: EdgeKind;
  id: string;
  source: string;
  target: string;
  role: string | null;
  main: boolean | null;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface ActivityRow {
  id: string;
  date: string | null;
  visibility: Visibility;
  ownerId: string | null;
  teamId: string | null;
  userIds: string[];
  contactIds: string[];
}

/** Edges added after the last compaction, beyond which the adjacency arrays are rebuilt. */
const OVERLAY_LIMIT = 50_000;

/**
 * The relationship graph in memory: nodes and edges in arrays, adjacency in compressed sparse
 * rows (an offsets array and one array of edge numbers) plus a small overlay of the edges added
 * since the rows were last built. Removed nodes and edges stay in place, marked dead, until the
 * next compaction. It knows nothing of viewers: `graph-view.ts` decides what each one sees.
 */
export class GraphIndex {
  readonly nodes: IndexNode[] = [];
  readonly edges: IndexEdge[] = [];
  readonly activities: ActivityFact[] = [];
  private readonly nodeById = new Map<string, number>();
  private readonly edgeById = new Map<string, number>();
  private readonly activityById = new Map<string, number>();
  private offsets = new Int32Array(1);
  private adjacency = new Int32Array(0);
  /** The node at the other end of each adjacency slot, so that a walk reads no edge object. */
  private neighbours = new Int32Array(0);
  /** 1 for each removed node and edge: the walks' hot loop reads these, not the objects. */
  private nodeDead = new Uint8Array(1024);
  private edgeDead = new Uint8Array(1024);
  /** Per edge, for the lenses' hot path: its kind's place in EDGE_KINDS, and since/until as day numbers. */
  edgeKinds = new Uint8Array(1024);
  edgeSince = new Int32Array(1024);
  edgeUntil = new Int32Array(1024);
  private overlay = new Map<number, number[]>();
  private overlaySize = 0;
  /** While the whole graph is being loaded, compaction waits for the end. */
  building = false;

  nodeIndex(id: string): number | undefined {
    const index = this.nodeById.get(id);
    return index !== undefined && this.nodes[index].alive ? index : undefined;
  }

  /** Calls `visit(edge, neighbour)` for each live edge of `node` to a live node. */
  forEachEdge(node: number, visit: (edge: number, neighbour: number) => void): void {
    const { adjacency, neighbours, nodeDead, edgeDead } = this;
    for (let i = this.offsets[node] ?? 0, end = this.offsets[node + 1] ?? 0; i < end; i++) {
      const e = adjacency[i];
      const other = neighbours[i];
      if (edgeDead[e] === 0 && nodeDead[other] === 0) visit(e, other);
    }
    if (this.overlaySize === 0) return;
    const extra = this.overlay.get(node);
    if (!extra) return;
    for (const e of extra) {
      const edge = this.edges[e];
      const other = edge.source === node ? edge.target : edge.source;
      if (edgeDead[e] === 0 && nodeDead[other] === 0) visit(e, other);
    }
  }

  /** How many edge slots a node has (dead ones included): the cost of visiting it. */
  degreeOf(node: number): number {
    const rows = (this.offsets[node + 1] ?? 0) - (this.offsets[node] ?? 0);
    return this.overlaySize === 0 ? rows : rows + (this.overlay.get(node)?.length ?? 0);
  }

  upsertNode(row: NodeRow): number {
    let index = this.nodeById.get(row.id);
    if (index === undefined) {
      index = this.nodes.length;
      this.nodes.push({ ...row, alive: true });
      this.nodeById.set(row.id, index);
      this.nodeDead = fitted(this.nodeDead, index);
    } else {
      Object.assign(this.nodes[index], row, { alive: true });
    }
    this.nodeDead[index] = 0;
    return index;
  }

  /** Marks a node gone (trashed or deleted); its edges stay but lead nowhere. */
  removeNode(id: string): void {
    const index = this.nodeById.get(id);
    if (index === undefined) return;
    this.nodes[index].alive = false;
    this.nodeDead[index] = 1;
  }

  /** Removes every structural edge of these nodes (KNOWS edges follow their activities). */
  removeEdgesOf(ids: Iterable<string>): void {
    for (const id of ids) {
      const node = this.nodeById.get(id);
      if (node === undefined) continue;
      this.forEachEdge(node, (e) => {
        if (this.edges[e].kind !== 'knows') this.killEdge(e);
      });
    }
  }

  addEdge(row: EdgeRow): void {
    const source = this.nodeById.get(row.source);
    const target = this.nodeById.get(row.target);
    if (source === undefined || target === undefined || this.edgeById.has(row.id)) return;
    this.pushEdge({ ...row, source, target, activities: null, open: true, memoKey: null, memo: null, alive: true });
  }

  /** Sets what an activity says (or, with null, that it is gone) and the KNOWS edges it makes. */
  setActivity(id: string, row: ActivityRow | null): void {
    let index = this.activityById.get(id);
    if (index !== undefined) {
      const fact = this.activities[index];
      for (const e of fact.edges) {
        const edge = this.edges[e];
        edge.activities = edge.activities!.filter((a) => a !== index);
        edge.open = edge.activities.every((a) => this.activities[a].visibility === 'everyone');
        edge.memoKey = null;
        if (edge.activities.length === 0) this.killEdge(e);
      }
      fact.edges = [];
    }
    if (!row) return;
    if (index === undefined) {
      index = this.activities.length;
      this.activityById.set(id, index);
      this.activities.push({ id, date: null, visibility: 'private', ownerId: null, teamId: null, edges: [] });
    }
    const fact = this.activities[index];
    Object.assign(fact, { date: row.date, visibility: row.visibility, ownerId: row.ownerId, teamId: row.teamId });
    for (const userId of new Set(row.userIds)) {
      const user = this.nodeById.get(userId);
      if (user === undefined) continue;
      for (const contactId of new Set(row.contactIds)) {
        const contact = this.nodeById.get(contactId);
        if (contact === undefined) continue;
        const edgeId = `knows:${userId}:${contactId}`;
        let e = this.edgeById.get(edgeId);
        if (e === undefined) {
          e = this.pushEdge({
            id: edgeId,
            kind: 'knows',
            source: user,
            target: contact,
            role: null,
            main: null,
            since: null,
            until: null,
            note: null,
            activities: [],
            open: true,
            memoKey: null,
            memo: null,
            alive: true,
          });
        }
        const edge = this.edges[e];
        edge.activities!.push(index);
        edge.open &&= row.visibility === 'everyone';
        edge.memoKey = null;
        fact.edges.push(e);
      }
    }
  }

  /** The activities known to involve any of these nodes (to re-read when they change). */
  activitiesOf(ids: Iterable<string>): string[] {
    const found = new Set<string>();
    for (const id of ids) {
      const node = this.nodeById.get(id);
      if (node === undefined) continue;
      this.forEachEdge(node, (e) => {
        for (const a of this.edges[e].activities ?? []) found.add(this.activities[a].id);
      });
    }
    return [...found];
  }

  hasActivity(id: string): boolean {
    return this.activityById.has(id);
  }

  /** Rebuilds the compressed rows from the live edges, dropping the dead ones' slots. */
  compact(): void {
    const n = this.nodes.length;
    const offsets = new Int32Array(n + 1);
    const live: number[] = [];
    this.edges.forEach((edge, e) => {
      if (!edge.alive) return;
      live.push(e);
      offsets[edge.source + 1]++;
      offsets[edge.target + 1]++;
    });
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, n);
    const adjacency = new Int32Array(offsets[n]);
    const neighbours = new Int32Array(offsets[n]);
    for (const e of live) {
      const { source, target } = this.edges[e];
      neighbours[fill[source]] = target;
      adjacency[fill[source]++] = e;
      neighbours[fill[target]] = source;
      adjacency[fill[target]++] = e;
    }
    this.offsets = offsets;
    this.adjacency = adjacency;
    this.neighbours = neighbours;
    this.overlay = new Map();
    this.overlaySize = 0;
  }

  private pushEdge(edge: IndexEdge): number {
    const e = this.edges.length;
    this.edges.push(edge);
    this.edgeDead = fitted(this.edgeDead, e);
    this.edgeKinds = fitted(this.edgeKinds, e);
    this.edgeSince = fitted(this.edgeSince, e);
    this.edgeUntil = fitted(this.edgeUntil, e);
    this.edgeKinds[e] = EDGE_KINDS.indexOf(edge.kind);
    this.edgeSince[e] = edge.since === null ? NO_DAY_BEFORE : dayNumber(edge.since);
    this.edgeUntil[e] = edge.until === null ? NO_DAY_AFTER : dayNumber(edge.until);
    this.edgeById.set(edge.id, e);
    for (const end of [edge.source, edge.target]) {
      const list = this.overlay.get(end);
      if (list) list.push(e);
      else this.overlay.set(end, [e]);
    }
    if (++this.overlaySize > OVERLAY_LIMIT && !this.building) this.compact();
    return e;
  }

  private killEdge(e: number): void {
    const edge = this.edges[e];
    if (!edge.alive) return;
    edge.alive = false;
    this.edgeDead[e] = 1;
    this.edgeById.delete(edge.id);
  }
}

const NO_DAY_BEFORE = -(2 ** 31);
const NO_DAY_AFTER = 2 ** 31 - 1;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(date.slice(0, 10)) / 86_400_000);
}

type Grown = Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

/** `values`, or a copy twice as long when `index` is past its end. */
function fitted<T extends Grown>(values: T, index: number): T {
  if (index < values.length) return values;
  const grown = new (values.constructor as new (length: number) => T)(Math.max(index + 1, values.length * 2));
  grown.set(values);
  return grown;
}
