import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionPathsInput, GraphNeighborhoodInput, KeyConnectorsInput, WhoKnowsInput } from './graph.inputs';
import { connectionPaths, graphNeighborhood, keyConnectors, whoKnows } from './graph.service';
import { GraphPath, GraphView, KeyConnectorsResult, WhoKnowsEntry } from './graph.types';

/** The relationship graph: neighbourhoods, paths, who knows whom, key connectors. */
@Resolver()
export class GraphResolver {
  @Authorized()
  @Query(() => GraphView, {
    description: 'The records around the seeds and the links between them, as you may see them.',
  })
  graphNeighborhood(
    @Arg('input', () => GraphNeighborhoodInput, { description: 'Seeds, depth, filters and limit.' })
    input: GraphNeighborhoodInput,
    @Ctx() context: GraphQLContext,
  ) {
    return graphNeighborhood(context.dataSource, context.viewer!, input);
  }

  @Authorized()
  @Query(() => [GraphPath], {
    description: 'How two records are connected: the k shortest distinct paths, shortest and strongest first.',
  })
  connectionPaths(
    @Arg('input', () => ConnectionPathsInput, { description: 'The two records and the limits.' })
    input: ConnectionPathsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return connectionPaths(context.dataSource, context.viewer!, input);
  }

  @Authorized()
  @Query(() => [WhoKnowsEntry], {
    description:
      'Who in our teams knows someone at an organization, or a contact: staff and teams by shortest, strongest path.',
  })
  whoKnows(
    @Arg('input', () => WhoKnowsInput, { description: 'The organization or contact.' }) input: WhoKnowsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return whoKnows(context.dataSource, context.viewer!, input);
  }

  @Authorized()
  @Query(() => KeyConnectorsResult, {
    description:
      'The nodes that bridge the most paths (sampled betweenness) and the communities (Louvain) of part of the graph.',
  })
  keyConnectors(
    @Arg('input', () => KeyConnectorsInput, { description: 'Which part of the graph.' }) input: KeyConnectorsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return keyConnectors(context.dataSource, context.viewer!, input);
  }
}
