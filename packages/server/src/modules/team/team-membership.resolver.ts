import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { User } from '../user/user.entity';
import { TeamMembership } from './team-membership.entity';
import { Team } from './team.entity';
import { membershipsBy } from './team.relations';

@Resolver(() => TeamMembership)
export class TeamMembershipResolver extends AuthorFieldsResolver(TeamMembership) {
  @FieldResolver(() => Team, { description: 'The team.' })
  async team(@Root() membership: TeamMembership, @Ctx() context: GraphQLContext) {
    return (await recordById(context, Team).load(membership.teamId))!;
  }

  @FieldResolver(() => User, { description: 'The member.' })
  async user(@Root() membership: TeamMembership, @Ctx() context: GraphQLContext) {
    return (await recordById(context, User).load(membership.userId))!;
  }
}

/** A user's teams, from the team side. */
@Resolver(() => User)
export class UserTeamsResolver {
  @FieldResolver(() => [Team], { description: 'The teams the user is in, by name.' })
  async teams(@Root() user: User, @Ctx() context: GraphQLContext) {
    const memberships = await membershipsBy(context, 'userId').load(user.id);
    const teams = await recordById(context, Team).loadMany(memberships.map((membership) => membership.teamId));
    return teams.filter((team): team is Team => team instanceof Team);
  }

  @FieldResolver(() => [TeamMembership], { description: "The user's memberships, with their roles, by team name." })
  memberships(@Root() user: User, @Ctx() context: GraphQLContext) {
    return membershipsBy(context, 'userId').load(user.id);
  }
}
