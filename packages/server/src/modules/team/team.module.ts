import { recordKinds, type DomainModule } from '../shared/domain-module';
import { TeamMembership } from './team-membership.entity';
import { Team } from './team.entity';
import { TEAM } from './team.service';
import { TeamMembershipResolver, UserTeamsResolver } from './team-membership.resolver';
import { TeamResolver } from './team.resolver';

/** What the team domain contributes to the schema, the data source and the registry. */
export const teamModule: DomainModule = {
  resolvers: [TeamResolver, TeamMembershipResolver, UserTeamsResolver],
  entities: [Team, TeamMembership],
  kinds: recordKinds(TEAM),
};
