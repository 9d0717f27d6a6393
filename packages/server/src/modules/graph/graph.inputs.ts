import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  EDGE_KINDS,
  GraphEdgeKindEnum,
  GraphNodeKindEnum,
  NODE_KINDS,
  type EdgeKind,
  type NodeKind,
} from './graph.types';

const MAX_SEEDS = 50;
export const MAX_NEIGHBORHOOD_NODES = 5000;

@InputType({ description: 'Which neighbourhood of the graph to show.' })
export class GraphNeighborhoodInput {
  @Field(() => [ID], { description: `Where to start: 1 to ${MAX_SEEDS} record ids of any node kind.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SEEDS)
  @IsUUID('all', { each: true })
  seeds: string[];

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many hops from the seeds, 1 to 3.' })
  @IsInt()
  @Min(1)
  @Max(3)
  depth?: number | null;

  @Field(() => [GraphNodeKindEnum], {
    nullable: true,
    description: 'Node kinds to keep (seeds are always kept); all when null.',
  })
  @IsOptional()
  @IsIn(NODE_KINDS, { each: true })
  kinds?: NodeKind[] | null;

  @Field(() => [GraphEdgeKindEnum], { nullable: true, description: 'Edge kinds to follow; all when null.' })
  @IsOptional()
  @IsIn(EDGE_KINDS, { each: true })
  edgeKinds?: EdgeKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Keep only affiliation, project-link and team-membership edges in these roles (any case); other edges are unaffected.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  roles?: string[] | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The graph as of that date: links not yet begun are left out, links ended before it are past. Today when null.',
  })
  @IsOptional()
  activeOn?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'False leaves past links out.' })
  includePast?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 500,
    description: `At most this many nodes (1 to ${MAX_NEIGHBORHOOD_NODES}): the most connected are kept, and truncated says so.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_NEIGHBORHOOD_NODES)
  limit?: number | null;
}

@InputType({ description: 'Two records to connect: the k shortest distinct paths between them.' })
export class ConnectionPathsInput {
  @Field(() => ID, { description: 'Where the paths start.' })
  @IsUUID()
  from: string;

  @Field(() => ID, { description: 'Where the paths end.' })
  @IsUUID()
  to: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: 'The longest path to look for, 1 to 6 hops.' })
  @IsInt()
  @Min(1)
  @Max(6)
  maxHops?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 3, description: 'How many paths, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  k?: number | null;

  @Field(() => [GraphEdgeKindEnum], { nullable: true, description: 'Edge kinds paths may use; all when null.' })
  @IsOptional()
  @IsIn(EDGE_KINDS, { each: true })
  edgeKinds?: EdgeKind[] | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The graph as of that date: links not yet begun are left out, links ended before it are past. Today when null.',
  })
  @IsOptional()
  activeOn?: string | null;
}

@InputType({ description: 'An organization or contact: who in our teams knows someone there.' })
export class WhoKnowsInput {
  @Field(() => ID, { description: 'An organization or a contact.' })
  @IsUUID()
  target: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many users and teams at most, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number | null;
}

@InputType({
  description:
    'Which part of the graph to find key connectors and communities in: the neighbourhood of seeds, or the whole graph you may see, either as filtered by kinds, edge kinds and date.',
})
export class KeyConnectorsInput {
  @Field(() => [ID], {
    nullable: true,
    description: `Up to ${MAX_SEEDS} records whose neighbourhood to look at; the whole graph you may see (filtered, sampled) when null.`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SEEDS)
  @IsUUID('all', { each: true })
  seeds?: string[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 2, description: 'Neighbourhood depth around the seeds, 1 to 3.' })
  @IsInt()
  @Min(1)
  @Max(3)
  depth?: number | null;

  @Field(() => [GraphNodeKindEnum], {
    nullable: true,
    description: 'Node kinds to keep (seeds are always kept); all when null.',
  })
  @IsOptional()
  @IsIn(NODE_KINDS, { each: true })
  kinds?: NodeKind[] | null;

  @Field(() => [GraphEdgeKindEnum], { nullable: true, description: 'Edge kinds to follow; all when null.' })
  @IsOptional()
  @IsIn(EDGE_KINDS, { each: true })
  edgeKinds?: EdgeKind[] | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The graph as of that date: links not yet begun are left out, links ended before it are past. Today when null.',
  })
  @IsOptional()
  activeOn?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'False leaves past links out.' })
  includePast?: boolean | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many connectors, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number | null;
}
