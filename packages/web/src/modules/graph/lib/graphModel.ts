import { MultiUndirectedGraph } from 'graphology';
import type { GraphNodeKind } from '../../../generated/graphql';
import type { GraphEdgeData, GraphNodeData, GraphViewData } from './graphTypes';

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  kind: GraphNodeKind;
  community: number;
  fixed?: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  past: boolean;
}

/** From this many nodes on, a view is large: drawn less often while laid out, links hidden meanwhile. */
export const LARGE = 1500;

export type ViewGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;

/** Colours of communities, in order (Tableau 10, readable on white). */
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export const KIND_COLORS: Record<GraphNodeKind, string> = {
  ORGANIZATION: '#4e79a7',
  CONTACT: '#59a14f',
  PROJECT: '#f28e2b',
  USER: '#b07aa1',
  TEAM: '#e15759',
};

export const communityColor = (community: number) =>
  community < 0 ? '#999999' : COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];

/** Several answers (the seeds' neighbourhood, expanded nodes, paths) as one view, each record once. */
export function mergeViews(views: (Pick<GraphViewData, 'nodes' | 'edges'> | undefined)[]): GraphViewData {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  let truncated = false;
  for (const view of views) {
    if (!view) continue;
    truncated ||= Boolean((view as Partial<GraphViewData>).truncated);
    for (const node of view.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of view.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  const kept = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** Without the hidden nodes and their edges. */
export function withoutHidden(view: GraphViewData, hidden: readonly string[]): GraphViewData {
  if (hidden.length === 0) return view;
  const out = new Set(hidden);
  return {
    ...view,
    nodes: view.nodes.filter((node) => !out.has(node.id)),
    edges: view.edges.filter((edge) => !out.has(edge.source) && !out.has(edge.target)),
  };
}

/** Node size by degree within the view: 3 px for a leaf, growing with the square root, 24 px at most. */
const nodeSize = (degree: number) => Math.min(24, 3 + 2 * Math.sqrt(degree));

/**
 * The view as a graphology graph for sigma: a node per record (size by degree, placed on a circle
 * until the layout moves it), an edge per link (past links lighter).
 */
export function buildGraph(view: GraphViewData) {
  const graph: ViewGraph = new MultiUndirectedGraph();
  const count = view.nodes.length;
  view.nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, count);
    const radius = 10 * Math.sqrt(count);
    graph.addNode(node.id, {
      label: node.label,
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: 3,
      color: KIND_COLORS[node.kind],
      kind: node.kind,
      community: -1,
    });
  });
  for (const edge of view.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      size: 0.5 + edge.weight,
      color: edge.past ? '#dddddd' : '#b4b4b4',
      past: edge.past,
    });
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', nodeSize(graph.degree(id))));
  return graph;
}
