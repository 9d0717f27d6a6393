import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../../generated';

export const SimilarOrganizationsQuery = graphql(`
  query SimilarOrganizations($name: String!) {
    similarOrganizations(name: $name, first: 5) {
      score
      organization {
        id
        name
        acronym
        country
        city
      }
    }
  }
`);

/** Organizations that may be the one being typed, once the typing pauses. */
export function useSimilarOrganizations(name: string, excludeId?: string) {
  const [typed] = useDebouncedValue(name.trim(), 400);
  const enough = typed.length >= 3;
  const { data } = useQuery(SimilarOrganizationsQuery, { variables: { name: typed }, skip: !enough });
  const similar = enough ? (data?.similarOrganizations ?? []) : [];
  return similar.filter((hit) => hit.organization.id !== excludeId);
}
