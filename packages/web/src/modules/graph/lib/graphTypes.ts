import type { GraphEdgeKind, GraphNodeKind } from '../../../generated/graphql';
import { CONCERNED_KINDS, recordPath, type ConcernedKind } from '../../activity/activityRecords';

/** A node as the graph API answers it (the GraphNodeFields fragment, unmasked). */
export interface GraphNodeData {
  id: string;
  kind: GraphNodeKind;
  label: string;
  subtitle?: string | null;
  country?: string | null;
  degree: number;
}

/** An edge as the graph API answers it (the GraphEdgeFields fragment, unmasked). */
export interface GraphEdgeData {
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  role?: string | null;
  main?: boolean | null;
  since?: string | null;
  until?: string | null;
  past: boolean;
  note?: string | null;
  count?: number | null;
  lastDate?: string | null;
  weight: number;
}

export interface GraphViewData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
}

/** nodes[0] is one end, edges[i] joins nodes[i] and nodes[i + 1]. */
export interface GraphPathData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  length: number;
}

export const NODE_KINDS: GraphNodeKind[] = ['ORGANIZATION', 'CONTACT', 'PROJECT', 'USER', 'TEAM'];
export const EDGE_KINDS: GraphEdgeKind[] = ['AFFILIATION', 'PROJECT_LINK', 'PART_OF', 'KNOWS', 'TEAM_MEMBER', 'OWNER'];

export const NODE_KIND_LABELS: Record<GraphNodeKind, string> = {
  ORGANIZATION: 'Organization',
  CONTACT: 'Contact',
  PROJECT: 'Project',
  USER: 'Staff member',
  TEAM: 'Team',
};

export const EDGE_KIND_LABELS: Record<GraphEdgeKind, string> = {
  AFFILIATION: 'Affiliation',
  PROJECT_LINK: 'Project link',
  PART_OF: 'Part of',
  KNOWS: 'Knows',
  TEAM_MEMBER: 'Team member',
  OWNER: 'Owner',
};

/** The page of a record of the graph; staff users and teams have none. */
export function graphRecordPath(node: Pick<GraphNodeData, 'kind' | 'id'>): string | null {
  return node.kind in CONCERNED_KINDS ? recordPath({ kind: node.kind as ConcernedKind, id: node.id }) : null;
}
