import { bestEdge, type NodePath } from './graph-paths';
import type { GraphLens } from './graph-view';

/** How many nodes a neighbourhood walk collects at most before choosing the most connected. */
const COLLECT_FACTOR = 2;
const COLLECT_MIN = 2_000;

export interface Neighborhood {
  nodes: number[];
  edges: number[];
  truncated: boolean;
}

/**
 * The nodes within `depth` hops of the seeds and the edges between them; past `limit` nodes,
 * the seeds and then the most connected (within what was reached) are kept.
 */
export function neighborhood(lens: GraphLens, seeds: number[], depth: number, limit: number): Neighborhood {
  const cap = Math.max(limit * COLLECT_FACTOR, COLLECT_MIN);
  // 1 + the hops at which each node was reached, 0 when it was not.
  const reached = new Uint8Array(lens.index.nodes.length);
  const order: number[] = [];
  for (const seed of seeds) {
    if (reached[seed] !== 0) continue;
    reached[seed] = 1;
    order.push(seed);
  }
  let frontier = [...order];
  let capped = false;
  for (let d = 1; d <= depth && frontier.length && !capped; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      lens.forEachEdgeMarked(node, reached, false, (_e, other) => {
        if (reached[other] !== 0) return;
        if (order.length >= cap) {
          capped = true;
          return;
        }
        reached[other] = d + 1;
        order.push(other);
        next.push(other);
      });
      if (capped) break;
    }
    frontier = next;
  }
  let kept = order;
  const truncated = capped || kept.length > limit;
  if (kept.length > limit) {
    const degree = new Int32Array(reached.length);
    for (const node of kept) {
      let count = 0;
      lens.forEachEdgeMarked(node, reached, true, () => count++);
      degree[node] = count;
    }
    const seedSet = new Set(seeds);
    kept = kept
      .filter((node) => !seedSet.has(node))
      .sort((a, b) => degree[b] - degree[a] || reached[a] - reached[b] || a - b)
      .slice(0, Math.max(0, limit - seedSet.size));
    kept = [...seedSet, ...kept];
  }
  return { nodes: kept, edges: edgesAmong(lens, kept), truncated };
}

/** The viewer's edges whose two ends are both among `nodes`. */
export function edgesAmong(lens: GraphLens, nodes: number[]): number[] {
  const inside = new Uint8Array(lens.index.nodes.length);
  for (const node of nodes) inside[node] = 1;
  const taken = new Uint8Array(lens.index.edges.length);
  const edges: number[] = [];
  for (const node of nodes) {
    lens.forEachEdgeMarked(node, inside, true, (e) => {
      if (taken[e] !== 0) return;
      taken[e] = 1;
      edges.push(e);
    });
  }
  return edges;
}

export interface Reach {
  node: number;
  hops: number;
  strength: number;
  /** From `node` to the target. */
  path: NodePath;
}

/**
 * Breadth-first from `target`, keeping for each node the strongest of its shortest paths (the
 * product of tie strengths), until `wanted(node)` nodes number `limit` with their layer
 * complete or `maxHops` is reached.
 */
export function reachFrom(
  lens: GraphLens,
  target: number,
  maxHops: number,
  limit: number,
  wanted: (node: number) => boolean,
): Reach[] {
  const hops = new Map<number, number>([[target, 0]]);
  const strength = new Map<number, number>([[target, 1]]);
  const parent = new Map<number, number>([[target, -1]]);
  const found: number[] = [];
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length && found.length < limit; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      lens.forEachEdge(node, (_e, other, state) => {
        const through = strength.get(node)! * state.weight;
        const known = hops.get(other);
        if (known === undefined) {
          hops.set(other, d);
          strength.set(other, through);
          parent.set(other, node);
          next.push(other);
        } else if (known === d && through > strength.get(other)!) {
          strength.set(other, through);
          parent.set(other, node);
        }
      });
    }
    for (const node of next) if (wanted(node)) found.push(node);
    frontier = next;
  }
  return found.map((node) => {
    const path: NodePath = [];
    for (let current = node; current !== -1; current = parent.get(current)!) path.push(current);
    return { node, hops: hops.get(node)!, strength: strength.get(node)!, path };
  });
}

/** The edges joining consecutive nodes of a path, the strongest where there are several. */
export function pathEdges(lens: GraphLens, path: NodePath): number[] {
  const edges: number[] = [];
  for (let i = 0; i + 1 < path.length; i++) edges.push(bestEdge(lens, path[i], path[i + 1]));
  return edges;
}
