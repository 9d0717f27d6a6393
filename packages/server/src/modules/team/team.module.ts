import type { ResolverClass } from '../../core/graphql/build-schema';
import { TeamMembershipResolver, UserTeamsResolver } from './team-membership.resolver';
import { TeamResolver } from './team.resolver';

/** Every resolver class of the team domain, for the schema. */
export const teamResolvers: ResolverClass[] = [TeamResolver, TeamMembershipResolver, UserTeamsResolver];
