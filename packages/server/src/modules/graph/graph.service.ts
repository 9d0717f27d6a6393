import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import type { GraphIndex } from './graph-index';
import { kShortestPaths, type NodePath } from './graph-paths';
import { currentGraph } from './graph-store';
import { GraphLens, graphEdge, graphNode, today, type ViewFilter } from './graph-view';
import { edgesAmong, neighborhood, pathEdges, reachFrom } from './graph-walks';
import type { ConnectionPathsInput, GraphNeighborhoodInput, KeyConnectorsInput, WhoKnowsInput } from './graph.inputs';
import { MAX_NEIGHBORHOOD_NODES } from './graph.inputs';
import type { GraphPath, GraphView, KeyConnectorsResult, WhoKnowsEntry } from './graph.types';
import { analyseGraph } from './key-connectors.analysis';

/** The node of a record the viewer may see in the graph, or NOT_FOUND. */
function nodeOf(index: GraphIndex, id: string): number {
  const node = index.nodeIndex(id);
  if (node === undefined) throw new NotFoundError('Record', id);
  return node;
}

async function lensFor(dataSource: DataSource, filter: ViewFilter): Promise<GraphLens> {
  return new GraphLens(await currentGraph(dataSource), filter);
}

/** Nodes and edges as the API gives them, each node with its degree in this view. */
function viewOf(lens: GraphLens, nodes: number[], edges: number[], truncated: boolean): GraphView {
  const degree = new Int32Array(lens.index.nodes.length);
  for (const e of edges) {
    const { source, target } = lens.index.edges[e];
    degree[source]++;
    degree[target]++;
  }
  const ordered = [...nodes].sort((a, b) => degree[b] - degree[a] || a - b);
  return {
    nodes: ordered.map((node) => graphNode(lens.index, node, degree[node])),
    edges: edges.map((e) => graphEdge(lens, e)),
    truncated,
  };
}

function pathOf(lens: GraphLens, path: NodePath): GraphPath {
  const edges = pathEdges(lens, path);
  const degree = new Map<number, number>(path.map((node) => [node, 0]));
  for (let i = 0; i < path.length; i++) degree.set(path[i], (i > 0 ? 1 : 0) + (i + 1 < path.length ? 1 : 0));
  return {
    nodes: path.map((node) => graphNode(lens.index, node, degree.get(node)!)),
    edges: edges.map((e) => graphEdge(lens, e)),
    length: edges.length,
  };
}

export async function graphNeighborhood(
  dataSource: DataSource,
  viewer: Viewer,
  input: GraphNeighborhoodInput,
): Promise<GraphView> {
  const lens = await lensFor(dataSource, {
    viewer,
    activeOn: input.activeOn ?? today(),
    edgeKinds: input.edgeKinds,
    nodeKinds: input.kinds,
    roles: input.roles,
    includePast: input.includePast ?? true,
  });
  const seeds = [...new Set(input.seeds.map((id) => nodeOf(lens.index, id)))];
  for (const seed of seeds) lens.pinned.add(seed);
  const found = neighborhood(lens, seeds, input.depth ?? 1, input.limit ?? 500);
  return viewOf(lens, found.nodes, found.edges, found.truncated);
}

export async function connectionPaths(
  dataSource: DataSource,
  viewer: Viewer,
  input: ConnectionPathsInput,
): Promise<GraphPath[]> {
  if (input.from === input.to) throw BadUserInputError.field('to', 'must differ from from');
  const lens = await lensFor(dataSource, { viewer, activeOn: input.activeOn ?? today(), edgeKinds: input.edgeKinds });
  const from = nodeOf(lens.index, input.from);
  const to = nodeOf(lens.index, input.to);
  return kShortestPaths(lens, from, to, input.maxHops ?? 6, input.k ?? 3).map((path) => pathOf(lens, path));
}

const WHO_KNOWS_HOPS = 6;

export async function whoKnows(dataSource: DataSource, viewer: Viewer, input: WhoKnowsInput): Promise<WhoKnowsEntry[]> {
  const lens = await lensFor(dataSource, { viewer, activeOn: today() });
  const target = nodeOf(lens.index, input.target);
  const kind = lens.index.nodes[target].kind;
  if (kind !== 'organization' && kind !== 'contact') {
    throw BadUserInputError.field('target', 'must be an organization or a contact');
  }
  const limit = input.limit ?? 10;
  const staff = (node: number) => ['user', 'team'].includes(lens.index.nodes[node].kind);
  return reachFrom(lens, target, WHO_KNOWS_HOPS, limit, staff)
    .sort(
      (a, b) =>
        a.hops - b.hops ||
        b.strength - a.strength ||
        lens.index.nodes[a.node].label.localeCompare(lens.index.nodes[b.node].label),
    )
    .slice(0, limit)
    .map((reach) => ({
      node: graphNode(lens.index, reach.node, 0),
      hops: reach.hops,
      strength: reach.strength,
      path: pathOf(lens, reach.path),
    }));
}

/** Betweenness sources: all nodes of a small neighbourhood, this many of a larger one. */
const BETWEENNESS_SAMPLES = 200;
const WHOLE_GRAPH_SAMPLES = 32;

/**
 * The viewer's whole graph as the lens filters it: the nodes of kept kinds with at least one
 * link in it (a node alone bridges nothing and would only be a community of one), and those links.
 */
function wholeGraph(lens: GraphLens): { nodes: number[]; edges: number[] } {
  const candidates = lens.index.nodes.flatMap((node, i) => (node.alive && lens.keepsNode(i) ? [i] : []));
  const edges = edgesAmong(lens, candidates);
  const linked = new Uint8Array(lens.index.nodes.length);
  for (const e of edges) {
    linked[lens.index.edges[e].source] = 1;
    linked[lens.index.edges[e].target] = 1;
  }
  return { nodes: candidates.filter((node) => linked[node] === 1), edges };
}

export async function keyConnectors(
  dataSource: DataSource,
  viewer: Viewer,
  input: KeyConnectorsInput,
): Promise<KeyConnectorsResult> {
  const lens = await lensFor(dataSource, {
    viewer,
    activeOn: input.activeOn ?? today(),
    edgeKinds: input.edgeKinds,
    nodeKinds: input.kinds,
    includePast: input.includePast ?? true,
  });
  let nodes: number[];
  let edges: number[];
  if (input.seeds) {
    const seeds = [...new Set(input.seeds.map((id) => nodeOf(lens.index, id)))];
    for (const seed of seeds) lens.pinned.add(seed);
    ({ nodes, edges } = neighborhood(lens, seeds, input.depth ?? 2, MAX_NEIGHBORHOOD_NODES));
  } else {
    ({ nodes, edges } = wholeGraph(lens));
  }
  const local = new Map(nodes.map((node, i) => [node, i]));
  const pairs = new Int32Array(edges.length * 2);
  const weights = new Float64Array(edges.length);
  const degree = new Int32Array(nodes.length);
  edges.forEach((e, i) => {
    const edge = lens.index.edges[e];
    pairs[2 * i] = local.get(edge.source)!;
    pairs[2 * i + 1] = local.get(edge.target)!;
    weights[i] = lens.edge(e)!.weight;
    degree[pairs[2 * i]]++;
    degree[pairs[2 * i + 1]]++;
  });
  const { scores, communities } = await analyseGraph({
    n: nodes.length,
    pairs,
    weights,
    samples: input.seeds ? BETWEENNESS_SAMPLES : WHOLE_GRAPH_SAMPLES,
  });
  const order = nodes.map((_node, i) => i).sort((a, b) => scores[b] - scores[a] || degree[b] - degree[a] || a - b);
  const sizes = new Map<number, { size: number; hub: number }>();
  nodes.forEach((_node, i) => {
    const community = sizes.get(communities[i]) ?? { size: 0, hub: i };
    community.size++;
    if (degree[i] > degree[community.hub]) community.hub = i;
    sizes.set(communities[i], community);
  });
  return {
    connectors: order.slice(0, input.limit ?? 20).map((i) => ({
      node: graphNode(lens.index, nodes[i], degree[i]),
      score: scores[i],
      community: communities[i],
    })),
    communities: [...sizes.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([id, { size, hub }]) => ({ id, size, label: lens.index.nodes[nodes[hub]].label })),
    nodeCommunities: nodes.map((node, i) => ({ nodeId: lens.index.nodes[node].id, community: communities[i] })),
  };
}
