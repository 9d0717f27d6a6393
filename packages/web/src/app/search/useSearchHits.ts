import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../generated';

export const GlobalSearchQuery = graphql(`
  query GlobalSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      id
      type
      title
      subtitle
    }
  }
`);

/** Hits for what is typed, asked for once typing pauses (250 ms) and from two characters on. */
export function useSearchHits(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const skip = debounced.length < 2;
  const { data, previousData, loading, error } = useQuery(GlobalSearchQuery, {
    variables: { query: debounced, first: 20 },
    skip,
  });
  const hits = skip ? [] : ((data ?? previousData)?.search ?? []);
  return { hits, loading: loading || query.trim() !== debounced, error, tooShort: query.trim().length < 2 };
}
