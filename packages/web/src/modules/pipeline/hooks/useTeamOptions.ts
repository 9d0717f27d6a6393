import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const PipelineTeamsQuery = graphql(`
  query PipelineTeams {
    teams(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The teams as options of a select: `{ value: id, label: name }`. */
export function useTeamOptions() {
  const { data } = useQuery(PipelineTeamsQuery);
  return (data?.teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name }));
}
