import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** What the page sends the layout worker: the graph as flat arrays of node indexes. */
export interface LayoutInput {
  /** x, y of each node, in index order. */
  positions: Float32Array;
  /** 1 where the node is pinned (the layout leaves it in place). */
  fixed: Uint8Array;
  /** Pairs of node indexes. */
  edges: Uint32Array;
  weights: Float32Array;
}

function toGraph(input: LayoutInput) {
  const graph = new UndirectedGraph<{ x: number; y: number; fixed: boolean }, { weight: number }>();
  const count = input.fixed.length;
  for (let index = 0; index < count; index++) {
    graph.addNode(index, {
      x: input.positions[2 * index],
      y: input.positions[2 * index + 1],
      fixed: input.fixed[index] === 1,
    });
  }
  for (let index = 0; index < input.weights.length; index++) {
    const source = input.edges[2 * index];
    const target = input.edges[2 * index + 1];
    if (source === target) continue;
    // Parallel links (a staff member who knows and owns a contact) pull as one, with their weights added.
    graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + input.weights[index] }));
  }
  return graph;
}

/** Communities of the graph (Louvain), one number per node index; -1 for nodes without links. */
export function detectCommunities(input: LayoutInput): Int32Array {
  const graph = toGraph(input);
  const result = new Int32Array(input.fixed.length).fill(-1);
  if (graph.size === 0) return result;
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(1) });
  // Numbered by size, largest first, so that the first colours go to the largest communities.
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([community]) => community);
  const rank = new Map(order.map((community, index) => [community, index]));
  graph.forEachNode((node) => {
    if (graph.degree(node) > 0) result[Number(node)] = rank.get(communities[node])!;
  });
  return result;
}

/** A ForceAtlas2 run that advances by steps, so that the worker can send positions between them. */
export function createLayoutRun(input: LayoutInput) {
  const graph = toGraph(input);
  const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1, adjustSizes: false };
  const positions = new Float32Array(input.positions);
  return {
    step(iterations: number): Float32Array {
      if (graph.order > 0) forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
      graph.forEachNode((node, attributes) => {
        const index = Number(node);
        positions[2 * index] = attributes.x;
        positions[2 * index + 1] = attributes.y;
      });
      return positions;
    },
  };
}

/** How many iterations a graph gets: more for small graphs, fewer for large ones (each costs more). */
export const iterationsFor = (nodes: number) => (nodes <= 500 ? 400 : nodes <= 2000 ? 250 : 150);

/** A small deterministic generator, so that the same view gets the same communities. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
