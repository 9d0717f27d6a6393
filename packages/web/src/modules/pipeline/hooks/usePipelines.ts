import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const PipelinesQuery = graphql(`
  query Pipelines {
    pipelines {
      id
      name
      valueUnit
      currency
      stages {
        id
        name
        kind
        rottingDays
      }
    }
  }
`);

/** Every pipeline with its stages, in their order (few: asked once, then from the cache). */
export function usePipelines() {
  const { data, loading, error, refetch } = useQuery(PipelinesQuery);
  return { pipelines: data?.pipelines ?? [], loading: loading && !data, error: data ? undefined : error, refetch };
}
