import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData, type FragmentType } from '../../../generated';
import type { GraphNeighborhoodInput } from '../../../generated/graphql';
import {
  ConnectionPathsQuery,
  GraphEdgeFields,
  GraphNeighborhoodQuery,
  GraphNodeFields,
  GraphPathFields,
  WhoKnowsQuery,
} from '../graphQueries';
import type { GraphPathData, GraphViewData } from '../lib/graphTypes';
import { mergeViews } from '../lib/graphModel';
import type { GraphViewState } from '../lib/graphViewParams';

function unmaskPath(masked: FragmentType<typeof GraphPathFields>): GraphPathData {
  const path = getFragmentData(GraphPathFields, masked);
  return {
    length: path.length,
    nodes: getFragmentData(GraphNodeFields, path.nodes),
    edges: getFragmentData(GraphEdgeFields, path.edges),
  };
}

export interface WhoKnowsEntryData {
  node: GraphPathData['nodes'][number];
  hops: number;
  strength: number;
  path: GraphPathData;
}

/**
 * Everything the graph view asks the API for: the seeds' neighbourhood, the neighbours of the
 * nodes expanded since, the paths between two records and who knows someone at a record; all
 * with the view's filters. Answers them merged into one view.
 */
export function useGraphData(state: GraphViewState) {
  const filters = {
    kinds: state.kinds.length ? state.kinds : null,
    edgeKinds: state.edgeKinds.length ? state.edgeKinds : null,
    roles: state.roles.length ? state.roles : null,
    activeOn: state.asOf || null,
    includePast: state.past,
  };
  const neighbourhood = (seeds: string[], depth: number): GraphNeighborhoodInput => ({
    seeds,
    depth,
    ...filters,
    limit: 5000,
  });

  const base = useQuery(GraphNeighborhoodQuery, {
    // Thousands of nodes and links: normalising them into the cache would cost seconds of main thread.
    fetchPolicy: 'no-cache',
    variables: { input: neighbourhood(state.seeds, state.depth) },
    skip: state.seeds.length === 0,
  });
  const expanded = state.expanded.slice(0, 50);
  const more = useQuery(GraphNeighborhoodQuery, {
    fetchPolicy: 'no-cache',
    variables: { input: neighbourhood(expanded, 1) },
    skip: expanded.length === 0,
  });
  const paths = useQuery(ConnectionPathsQuery, {
    fetchPolicy: 'no-cache',
    variables: {
      input: {
        from: state.from,
        to: state.to,
        k: 3,
        maxHops: 6,
        edgeKinds: filters.edgeKinds,
        activeOn: filters.activeOn,
      },
    },
    skip: !state.from || !state.to || state.from === state.to,
  });
  const whoKnows = useQuery(WhoKnowsQuery, {
    variables: { input: { target: state.who, limit: 10 } },
    skip: !state.who,
  });

  const baseData = base.data ?? base.previousData;
  const moreData = more.data ?? more.previousData;
  const result = useMemo(() => {
    const viewOf = (data: typeof baseData): GraphViewData | undefined =>
      data && {
        nodes: getFragmentData(GraphNodeFields, data.graphNeighborhood.nodes),
        edges: getFragmentData(GraphEdgeFields, data.graphNeighborhood.edges),
        truncated: data.graphNeighborhood.truncated,
      };
    const pathList = paths.data?.connectionPaths.map((path) => unmaskPath(path)) ?? [];
    const acquaintances: WhoKnowsEntryData[] =
      whoKnows.data?.whoKnows.map((entry) => ({
        hops: entry.hops,
        strength: entry.strength,
        node: getFragmentData(GraphNodeFields, entry.node),
        path: unmaskPath(entry.path),
      })) ?? [];
    const view = mergeViews([
      viewOf(baseData),
      state.expanded.length ? viewOf(moreData) : undefined,
      ...pathList,
      ...acquaintances.map((entry) => entry.path),
    ]);
    return { view, paths: pathList, acquaintances };
  }, [baseData, moreData, paths.data, whoKnows.data, state.expanded.length]);

  return {
    ...result,
    loading: base.loading || more.loading,
    pathsLoading: paths.loading,
    whoKnowsLoading: whoKnows.loading,
    error: base.error ?? more.error,
    pathsError: paths.error,
    whoKnowsError: whoKnows.error,
    refetch: () => void base.refetch(),
  };
}
