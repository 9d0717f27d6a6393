import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { graphqlEnum } from '../../core/graphql/enums';

export const NODE_KINDS = ['organization', 'contact', 'project', 'user', 'team'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const GraphNodeKindEnum = graphqlEnum(
  NODE_KINDS,
  'GraphNodeKind',
  'The kind of record a graph node stands for.',
  {
    user: 'One of our staff (a user who signs in)',
    team: 'One of our teams',
  },
);

export const EDGE_KINDS = ['affiliation', 'project_link', 'part_of', 'knows', 'team_member', 'owner'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];
export const GraphEdgeKindEnum = graphqlEnum(EDGE_KINDS, 'GraphEdgeKind', 'The kind of link a graph edge stands for.', {
  affiliation: 'A contact works (or worked) at an organization',
  project_link: 'A contact or organization takes (or took) part in a project',
  part_of: 'An organization is part of its parent organization',
  knows: 'A staff user and a contact took part in the same activities',
  team_member: 'A staff user belongs to a team',
  owner: 'A staff user owns an organization, contact or project',
});

@ObjectType({ description: 'A record in the relationship graph.' })
export class GraphNode {
  @Field(() => ID, { description: "The record's own id, as used by organization(id:), contact(id:) …" })
  id: string;

  @Field(() => GraphNodeKindEnum, { description: 'The kind of record.' })
  kind: NodeKind;

  @Field(() => String, { description: "Its name or title; a contact's full name." })
  label: string;

  @Field(() => String, {
    nullable: true,
    description: "A second line: acronym and country, a contact's main role at an organization, a team code …",
  })
  subtitle: string | null;

  @Field(() => String, { nullable: true, description: 'ISO country code, where the record has one.' })
  country: string | null;

  @Field(() => Int, { description: 'How many edges of this node are in the returned view.' })
  degree: number;

  @Field(() => Boolean, { description: 'Always false: trashed records are not in the graph (kept for clients).' })
  trashed: boolean;
}

@ObjectType({ description: 'A link between two records of the graph, with its attributes.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id: "<kind>:<link id>", or "<kind>:<source>:<target>" for derived edges.' })
  id: string;

  @Field(() => GraphEdgeKindEnum, { description: 'The kind of link.' })
  kind: EdgeKind;

  @Field(() => ID, { description: 'The id of one end.' })
  source: string;

  @Field(() => ID, { description: 'The id of the other end.' })
  target: string;

  @Field(() => String, { nullable: true, description: 'Affiliation, project-link or team-membership role.' })
  role: string | null;

  @Field(() => Boolean, { nullable: true, description: "Affiliation: the contact's main affiliation." })
  main: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when the link holds.' })
  since: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when the link held.' })
  until: string | null;

  @Field(() => Boolean, { description: 'The link ended before the date asked for (today by default).' })
  past: boolean;

  @Field(() => String, { nullable: true, description: "A project link's note." })
  note: string | null;

  @Field(() => Int, { nullable: true, description: 'KNOWS: how many activities (you may see) they shared.' })
  count: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'KNOWS: the date of the latest shared activity.' })
  lastDate: string | null;

  @Field(() => Float, {
    description:
      'Tie strength in (0, 1]: 1 for structural links (0.5 once past); KNOWS grows with the count and recency.',
  })
  weight: number;
}

@ObjectType({ description: 'Part of the graph: nodes and the edges between them.' })
export class GraphView {
  @Field(() => [GraphNode], { description: 'The nodes, the most connected first.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges between those nodes.' })
  edges: GraphEdge[];

  @Field(() => Boolean, { description: 'Some nodes were left out to keep within the limit.' })
  truncated: boolean;
}

@ObjectType({
  description: 'A path through the graph: nodes[0] is where it starts, edges[i] joins nodes[i] and nodes[i+1].',
})
export class GraphPath {
  @Field(() => [GraphNode], { description: 'The nodes along the path, from its start to its end.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges along the path; edges[i] joins nodes[i] and nodes[i+1].' })
  edges: GraphEdge[];

  @Field(() => Int, { description: 'The number of edges (hops).' })
  length: number;
}

@ObjectType({ description: 'One of our staff users or teams, and how they reach the target.' })
export class WhoKnowsEntry {
  @Field(() => GraphNode, { description: 'A staff USER, or a TEAM.' })
  node: GraphNode;

  @Field(() => Int, { description: 'Hops of the shortest path to the target.' })
  hops: number;

  @Field(() => Float, { description: 'Strength of the best shortest path: the product of its tie strengths.' })
  strength: number;

  @Field(() => GraphPath, { description: 'The strongest of the shortest paths, from this node to the target.' })
  path: GraphPath;
}

@ObjectType({ description: 'A node that bridges many shortest paths.' })
export class KeyConnector {
  @Field(() => GraphNode, { description: 'The node.' })
  node: GraphNode;

  @Field(() => Float, { description: 'Its (sampled, normalised) betweenness centrality.' })
  score: number;

  @Field(() => Int, { description: 'The community it belongs to.' })
  community: number;
}

@ObjectType({ description: 'A community found by Louvain modularity.' })
export class GraphCommunity {
  @Field(() => Int, { description: 'Its number, 0 for the largest.' })
  id: number;

  @Field(() => Int, { description: 'How many nodes it has.' })
  size: number;

  @Field(() => String, { description: 'The name of its most connected node.' })
  label: string;
}

@ObjectType({ description: 'The community of one node.' })
export class NodeCommunity {
  @Field(() => ID, { description: 'The node.' })
  nodeId: string;

  @Field(() => Int, { description: 'Its community.' })
  community: number;
}

@ObjectType({ description: 'Key connectors of part of the graph, and its communities.' })
export class KeyConnectorsResult {
  @Field(() => [KeyConnector], { description: 'The best connectors, highest score first.' })
  connectors: KeyConnector[];

  @Field(() => [GraphCommunity], { description: 'The communities, the largest first.' })
  communities: GraphCommunity[];

  @Field(() => [NodeCommunity], { description: 'The community of every node considered.' })
  nodeCommunities: NodeCommunity[];
}
