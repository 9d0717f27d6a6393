import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const UserOptionsQuery = graphql(`
  query UserOptions {
    users(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Every user as a Select option, by name; one request for all pickers of a page (cache). */
export function useUserOptions() {
  const { data, loading, error } = useQuery(UserOptionsQuery);
  const options = (data?.users.nodes ?? []).map((user) => ({ value: user.id, label: user.name }));
  return { options, loading, error };
}
