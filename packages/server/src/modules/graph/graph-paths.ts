import type { GraphLens } from './graph-view';

/** A path as node numbers, from its start to its end. */
export type NodePath = number[];

interface Blocks {
  nodes: Set<number>;
  /** Undirected node pairs, as `pairKey`. */
  pairs: Set<number>;
}

const NO_BLOCKS: Blocks = { nodes: new Set(), pairs: new Set() };

function pairKey(lens: GraphLens, a: number, b: number): number {
  const n = lens.index.nodes.length;
  return a < b ? a * n + b : b * n + a;
}

/** Edge visits one request's path search may make; past it, fewer than k paths may come back. */
const SEARCH_BUDGET = 400_000;
/** Once the searches have met, how many more edge visits the meeting layer may take for more paths. */
const MEETING_EXTRA = 20_000;

/** What is left of a request's search budget. */
export interface Budget {
  left: number;
}

/** One shortest path from `from` to `to` of at most `maxHops` edges, or null. */
export function shortestPath(
  lens: GraphLens,
  from: number,
  to: number,
  maxHops: number,
  blocks: Blocks = NO_BLOCKS,
  budget: Budget = { left: SEARCH_BUDGET },
): NodePath | null {
  return shortestPaths(lens, from, to, maxHops, blocks, 1, budget)[0] ?? null;
}

/**
 * Up to `want` distinct shortest paths from `from` to `to` of at most `maxHops` edges,
 * `blocks` avoided, by breadth-first search from both ends at once: each step widens by a
 * whole layer the side whose frontier costs less to visit (fewer edges), its nodes taken from
 * the least connected, so that hubs are visited last and often never. The layer where the two
 * searches meet gives one path per meeting edge, all equally short.
 */
function shortestPaths(
  lens: GraphLens,
  from: number,
  to: number,
  maxHops: number,
  blocks: Blocks,
  want: number,
  budget: Budget,
): NodePath[] {
  if (from === to) return [[from]];
  const { index } = lens;
  const n = index.nodes.length;
  // parent + 1 of each reached node (0: not reached); the roots point at themselves.
  const parents = [new Int32Array(n), new Int32Array(n)];
  parents[0][from] = from + 1;
  parents[1][to] = to + 1;
  let frontiers = [[from], [to]];
  const costs = [index.degreeOf(from), index.degreeOf(to)];
  const depths = [0, 0];
  const blocked = blocks.nodes.size > 0 || blocks.pairs.size > 0;
  while (frontiers[0].length && frontiers[1].length && depths[0] + depths[1] < maxHops && budget.left > 0) {
    const side = costs[0] <= costs[1] ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[1 - side];
    const next: number[] = [];
    let cost = 0;
    const meetings = new Map<number, [number, number]>();
    let extra = MEETING_EXTRA;
    const frontier = frontiers[side].sort((a, b) => index.degreeOf(a) - index.degreeOf(b));
    for (const node of frontier) {
      if (meetings.size > 0 && (extra -= index.degreeOf(node)) < 0) break;
      budget.left -= index.degreeOf(node);
      // A node is reached by one side only (the searches stop where they meet), so an edge
      // back into this side's own reach is dropped before it is judged.
      lens.forEachEdgeMarked(node, mine, false, (_e, other) => {
        if (meetings.size >= want) return;
        if (blocked && (blocks.nodes.has(other) || blocks.pairs.has(pairKey(lens, node, other)))) return;
        if (theirs[other] !== 0) {
          meetings.set(pairKey(lens, node, other), [node, other]);
          return;
        }
        if (mine[other] !== 0) return;
        mine[other] = node + 1;
        next.push(other);
        cost += index.degreeOf(other);
      });
      if (meetings.size >= want) break;
    }
    depths[side]++;
    if (meetings.size) {
      return [...meetings.values()].map(([near, far]) => {
        const [a, b] = side === 0 ? [near, far] : [far, near];
        return [...walkBack(parents[0], a).reverse(), ...walkBack(parents[1], b)];
      });
    }
    frontiers = side === 0 ? [next, frontiers[1]] : [frontiers[0], next];
    costs[side] = cost;
  }
  return [];
}

/** `node` and its parents up to the root of that search. */
function walkBack(parents: Int32Array, node: number): number[] {
  const path = [node];
  for (let current = node; parents[current] - 1 !== current; current = parents[current] - 1) {
    path.push(parents[current] - 1);
  }
  return path;
}

/** The strongest edge between two adjacent nodes (present before past, then by weight, main first). */
export function bestEdge(lens: GraphLens, a: number, b: number): number {
  let best = -1;
  let bestScore = -Infinity;
  if (!lens.keepsNode(b)) return best;
  // The edges between the two are in both ends' rows: read the shorter (a hub's has thousands).
  const [near, far] = lens.index.degreeOf(a) <= lens.index.degreeOf(b) ? [a, b] : [b, a];
  lens.index.forEachEdge(near, (e, other) => {
    if (other !== far) return;
    const state = lens.edge(e);
    if (!state) return;
    const score = (state.past ? 0 : 10) + state.weight + (lens.index.edges[e].main ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && lens.index.edges[e].id < lens.index.edges[best].id)) {
      best = e;
      bestScore = score;
    }
  });
  return best;
}

/** The product of the tie strengths along a path. */
function pathStrength(lens: GraphLens, path: NodePath): number {
  let strength = 1;
  for (let i = 0; i + 1 < path.length; i++) strength *= lens.edge(bestEdge(lens, path[i], path[i + 1]))!.weight;
  return strength;
}

/** Shorter first; among equally short ones the strongest, then by node ids for a stable order. */
function compare(a: Ranked, b: Ranked): number {
  return a.path.length - b.path.length || b.strength - a.strength || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

interface Ranked {
  path: NodePath;
  strength: number;
  key: string;
}

function ranked(lens: GraphLens, path: NodePath): Ranked {
  return { path, strength: pathStrength(lens, path), key: path.map((n) => lens.index.nodes[n].id).join('>') };
}

/** Meeting edges gathered per path wanted, to choose the strongest among equally short ones. */
const CHOICE = 2;

/**
 * The `k` shortest distinct paths (by their nodes) of at most `maxHops` edges. The
 * bidirectional search gives the equally short ones it meets (the strongest kept); when they
 * are fewer than `k`, Yen's algorithm finds the next: each leaves an earlier path at some node
 * and avoids what the earlier paths with the same beginning used. All within `SEARCH_BUDGET`.
 */
export function kShortestPaths(lens: GraphLens, from: number, to: number, maxHops: number, k: number): NodePath[] {
  const budget: Budget = { left: SEARCH_BUDGET };
  const shortest = shortestPaths(lens, from, to, maxHops, NO_BLOCKS, k * CHOICE, budget)
    .map((path) => ranked(lens, path))
    .sort(compare);
  const found = shortest.slice(0, k);
  const seen = new Set(found.map((entry) => entry.key));
  const candidates = new Map<string, Ranked>();
  let spurred = 0;
  while (found.length > 0 && found.length < k && budget.left > 0) {
    for (; spurred < found.length; spurred++) {
      const previous = found[spurred].path;
      for (let i = 0; i + 1 < previous.length; i++) {
        const root = previous.slice(0, i + 1);
        const blocks: Blocks = { nodes: new Set(root.slice(0, i)), pairs: new Set() };
        for (const { path } of found) {
          if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
            blocks.pairs.add(pairKey(lens, path[i], path[i + 1]));
          }
        }
        const spur = shortestPath(lens, previous[i], to, maxHops - i, blocks, budget);
        if (!spur) continue;
        const candidate = ranked(lens, [...root.slice(0, i), ...spur]);
        if (!seen.has(candidate.key)) candidates.set(candidate.key, candidate);
      }
    }
    if (candidates.size === 0) break;
    const best = [...candidates.values()].sort(compare)[0];
    candidates.delete(best.key);
    seen.add(best.key);
    found.push(best);
  }
  return found.sort(compare).map((entry) => entry.path);
}
