import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { graphql } from '../../../generated';
import type { OpportunityFilter } from '../../../generated/graphql';
import type { BoardCard } from '../boardTypes';

export const BoardOpportunitiesQuery = graphql(`
  query BoardOpportunities($filter: OpportunityFilter!, $first: Int!, $after: String) {
    opportunities(
      filter: $filter
      first: $first
      after: $after
      orderBy: { field: STAGE_ENTERED_AT, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          version
          title
          stageId
          stageEnteredAt
          expectedValue
          expectedDate
          nextStep
          organization {
            id
            name
            country
          }
          owner {
            id
            name
          }
          team {
            id
            name
          }
        }
      }
    }
  }
`);

/** The most the API gives in one page: the board asks page after page until it has them all. */
const BOARD_PAGE_SIZE = 500;

/**
 * Every opportunity of the pipeline that the filters keep, latest to enter its stage first: the first
 * page at once, the others one after another (merged by the cache's pagination policy), so a
 * board of thousands shows its first cards without waiting for the last.
 */
export function useBoardOpportunities(filter: OpportunityFilter, skip: boolean) {
  const { data, loading, error, refetch, fetchMore } = useQuery(BoardOpportunitiesQuery, {
    variables: { filter, first: BOARD_PAGE_SIZE },
    skip,
  });
  const page = data?.opportunities;
  const endCursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

  useEffect(() => {
    if (endCursor) void fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  const nodes = useMemo(() => (page?.edges ?? []).map((edge) => edge.node), [page]);
  return {
    nodes,
    totalCount: page?.totalCount ?? 0,
    complete: !!page && !page.pageInfo.hasNextPage,
    loading: loading && !data,
    error,
    refetch,
  };
}

/** A card of the board from an opportunity as the board's query reads it. */
export function boardCardOf(node: {
  id: string;
  version: number;
  title: string;
  stageId: string;
  stageEnteredAt: string;
  expectedValue?: number | null;
  organization?: { name: string } | null;
  owner?: { name: string } | null;
}): BoardCard {
  return {
    id: node.id,
    version: node.version,
    title: node.title,
    stageId: node.stageId,
    stageEnteredAt: node.stageEnteredAt,
    expectedValue: node.expectedValue ?? null,
    organizationName: node.organization?.name ?? null,
    ownerName: node.owner?.name ?? null,
  };
}
