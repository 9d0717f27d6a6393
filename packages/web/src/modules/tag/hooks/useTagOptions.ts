import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const TagOptionsQuery = graphql(`
  query TagOptions {
    tags(first: 500) {
      nodes {
        id
        label
      }
    }
  }
`);

/** Every tag as a Select option, by label; one request for all pickers of a page (cache). */
export function useTagOptions() {
  const { data, loading, error } = useQuery(TagOptionsQuery);
  const options = (data?.tags.nodes ?? []).map((tag) => ({ value: tag.id, label: tag.label }));
  return { options, loading, error };
}
