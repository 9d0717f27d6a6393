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
 * from both ends at once (always widening the smaller frontier by a whole layer), avoiding
 * `blocks`; null when there is none.
 */
export function shortestPath(
  lens: GraphLens,
  from: number,
  to: number,
  maxHops: number,
  blocks: Blocks = NO_BLOCKS,
): NodePath | null {
  if (from === to) return [from];
  const parents = [new Map<number, number>([[from, -1]]), new Map<number, number>([[to, -1]])];
  let frontiers = [[from], [to]];
  const depths = [0, 0];
  while (frontiers[0].length && frontiers[1].length && depths[0] + depths[1] < maxHops) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[1 - side];
    const next: number[] = [];
    let meeting: [number, number] | null = null;
    for (const node of frontiers[side]) {
      lens.forEachEdge(node, (_e, other) => {
        if (meeting || blocks.nodes.has(other) || blocks.pairs.has(pairKey(lens, node, other))) return;
        if (theirs.has(other)) {
          meeting = [node, other];
          return;
        }
        if (mine.has(other)) return;
        mine.set(other, node);
        next.push(other);
      });
      if (meeting) break;
    }
    depths[side]++;
    if (meeting) {
      const [near, far] = side === 0 ? meeting : [(meeting as [number, number])[1], (meeting as [number, number])[0]];
      return [...walkBack(parents[0], near).reverse(), ...walkBack(parents[1], far)];
    }
    frontiers = side === 0 ? [next, frontiers[1]] : [frontiers[0], next];
  }
  return null;
}

/** `node` and its parents up to the root of that search. */
function walkBack(parents: Map<number, number>, node: number): number[] {
  const path: number[] = [];
  for (let current = node; current !== -1; current = parents.get(current)!) path.push(current);
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
