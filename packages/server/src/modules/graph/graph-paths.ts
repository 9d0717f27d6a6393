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

/**
 * One shortest path from `from` to `to` of at most `maxHops` edges, by breadth-first search
 * from both ends at once, `blocks` avoided; null when there is none. Each step widens by a
 * whole layer the side whose frontier costs less to visit (fewer edges), its nodes taken from
 * the least connected, so that hubs are visited last and often never.
 */
export function shortestPath(
  lens: GraphLens,
  from: number,
  to: number,
  maxHops: number,
  blocks: Blocks = NO_BLOCKS,
): NodePath | null {
  if (from === to) return [from];
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
  while (frontiers[0].length && frontiers[1].length && depths[0] + depths[1] < maxHops) {
    const side = costs[0] <= costs[1] ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[1 - side];
    const next: number[] = [];
    let cost = 0;
    let near = -1;
    let far = -1;
    const frontier = frontiers[side].sort((a, b) => index.degreeOf(a) - index.degreeOf(b));
    for (const node of frontier) {
      lens.forEachEdge(node, (_e, other) => {
        if (near >= 0) return;
        if (blocked && (blocks.nodes.has(other) || blocks.pairs.has(pairKey(lens, node, other)))) return;
        if (theirs[other] !== 0) {
          near = node;
          far = other;
          return;
        }
        if (mine[other] !== 0) return;
        mine[other] = node + 1;
        next.push(other);
        cost += index.degreeOf(other);
      });
      if (near >= 0) break;
    }
    depths[side]++;
    if (near >= 0) {
      const [a, b] = side === 0 ? [near, far] : [far, near];
      return [...walkBack(parents[0], a).reverse(), ...walkBack(parents[1], b)];
    }
    frontiers = side === 0 ? [next, frontiers[1]] : [frontiers[0], next];
    costs[side] = cost;
  }
  return null;
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
  lens.forEachEdge(a, (e, other, state) => {
    if (other !== b) return;
    const score = (state.past ? 0 : 10) + state.weight + (lens.index.edges[e].main ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && lens.index.edges[e].id < lens.index.edges[best].id)) {
      best = e;
      bestScore = score;
    }
  });
  return best;
}

/** The product of the tie strengths along a path. */
export function pathStrength(lens: GraphLens, path: NodePath): number {
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

/**
 * The `k` shortest distinct paths (by their nodes) of at most `maxHops` edges, by Yen's
 * algorithm over the bidirectional search: each next path leaves an earlier one at some node
 * and avoids what the earlier paths with the same beginning used.
 */
export function kShortestPaths(lens: GraphLens, from: number, to: number, maxHops: number, k: number): NodePath[] {
  const first = shortestPath(lens, from, to, maxHops);
  if (!first) return [];
  const found: Ranked[] = [ranked(lens, first)];
  const candidates = new Map<string, Ranked>();
  const seen = new Set([found[0].key]);
  while (found.length < k) {
    const previous = found[found.length - 1].path;
    for (let i = 0; i + 1 < previous.length; i++) {
      const root = previous.slice(0, i + 1);
      const blocks: Blocks = { nodes: new Set(root.slice(0, i)), pairs: new Set() };
      for (const { path } of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
          blocks.pairs.add(pairKey(lens, path[i], path[i + 1]));
        }
      }
      const spur = shortestPath(lens, previous[i], to, maxHops - i, blocks);
      if (!spur) continue;
      const path = [...root.slice(0, i), ...spur];
      const candidate = ranked(lens, path);
      if (!seen.has(candidate.key)) candidates.set(candidate.key, candidate);
    }
    if (candidates.size === 0) break;
    const best = [...candidates.values()].sort(compare)[0];
    candidates.delete(best.key);
    seen.add(best.key);
    found.push(best);
  }
  return found.sort(compare).map((entry) => entry.path);
}
