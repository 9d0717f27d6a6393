import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../generated';
import type { OpportunityFilter } from '../../../generated/graphql';

export const BoardTotalsQuery = graphql(`
  query BoardTotals($filter: OpportunityFilter!) {
    opportunityTotals(filter: $filter) {
      stageId
      count
      value
    }
  }
`);

/** Each stage's count and expected value as the server counts them: the columns' headers while the cards load. */
export function useStageTotals(filter: OpportunityFilter, skip: boolean) {
  const { data } = useQuery(BoardTotalsQuery, { variables: { filter }, skip });
  return useMemo(() => new Map((data?.opportunityTotals ?? []).map((total) => [total.stageId, total])), [data]);
}
