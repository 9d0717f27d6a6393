import { useQuery } from '@apollo/client/react';
import type { Dayjs } from 'dayjs';
import { graphql } from '../../../generated';
import type { ActivityKind, CalendarActivitiesQuery as CalendarActivitiesData } from '../../../generated/graphql';
import type { CalendarScope } from '../calendarRange';

export const CalendarActivitiesQuery = graphql(`
  query CalendarActivities($filter: ActivityFilter!) {
    activities(filter: $filter, orderBy: { field: STARTS_AT, direction: ASC }, first: 500) {
      totalCount
      nodes {
        id
        version
        kind
        subject
        status
        startsAt
        endsAt
        dueAt
        location
      }
    }
  }
`);

export type CalendarActivity = CalendarActivitiesData['activities']['nodes'][number];

/** The filter of the range query: the activities that happen in [from, to), of these kinds, for whom. */
export function calendarFilter(range: { from: Dayjs; to: Dayjs }, kinds: ActivityKind[], scope: CalendarScope) {
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    kinds,
    ...(scope === 'me' ? { mine: true } : scope === 'team' ? { myTeams: true } : {}),
  };
}

/** The activities of a calendar's range, in one request (500 at most: `totalCount` tells when more exist). */
export function useCalendarActivities(range: { from: Dayjs; to: Dayjs }, kinds: ActivityKind[], scope: CalendarScope) {
  const { data, previousData, loading, error, refetch } = useQuery(CalendarActivitiesQuery, {
    variables: { filter: calendarFilter(range, kinds, scope) },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return {
    activities: shown?.activities.nodes ?? [],
    truncated: shown ? shown.activities.totalCount > shown.activities.nodes.length : false,
    loading: loading && !data,
    error,
    refetch,
  };
}
