import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { TeamMembership } from './team-membership.entity';
import { addTeamMember, removeTeamMember, updateTeamMember } from './team-membership.service';
import { Team } from './team.entity';
import {
  AddTeamMemberInput,
  CreateTeamInput,
  RemoveTeamMemberInput,
  TeamFilter,
  UpdateTeamInput,
  UpdateTeamMemberInput,
} from './team.inputs';
import { membershipsBy } from './team.relations';
import { TEAM, TEAM_ORDERING, createTeam, teamQuery, updateTeam } from './team.service';

@ObjectType()
class TeamConnection extends ConnectionType(Team) {}

@Resolver(() => Team)
export class TeamResolver extends AuthorFieldsResolver(Team) {
  @Authorized()
  @Query(() => Team, { nullable: true, description: 'One team, trashed or not; null when there is none.' })
  team(@Arg('id', () => ID, { description: 'The team.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Team).load(id);
  }

  @Authorized()
  @Query(() => TeamConnection, { description: 'Teams by name; trashed ones are left out.' })
  teams(
    @Args() page: PageArgs,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Which ones to list.' })
    filter: TeamFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(teamQuery(context.dataSource, filter), TEAM_ORDERING, page);
  }

  @FieldResolver(() => [TeamMembership], { description: 'Its members with their roles, by name.' })
  members(@Root() team: Team, @Ctx() context: GraphQLContext) {
    return membershipsBy(context, 'teamId').load(team.id);
  }

  @Authorized('admin')
  @Mutation(() => Team, { description: 'Makes a new team; CONFLICT when the code exists, whatever its case.' })
  createTeam(@Arg('input', { description: 'The new team.' }) input: CreateTeamInput, @Ctx() context: GraphQLContext) {
    return mutation(context, (manager, actor) => createTeam(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => Team, { description: 'Changes a team; CONFLICT when `version` is stale or the code is taken.' })
  updateTeam(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateTeamInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateTeam(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => Team, { description: 'Moves a team to the trash; its members and records stay for a restore.' })
  deleteTeam(
    @Arg('input', { description: 'The team to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, TEAM, input.id, input.version, actor));
  }

  @Authorized('admin')
  @Mutation(() => Team, { description: 'Brings a team back from the trash.' })
  restoreTeam(
    @Arg('input', { description: 'The team to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, TEAM, input.id, actor));
  }

  @Authorized('admin')
  @Mutation(() => TeamMembership, {
    description: 'Puts a user in a team; CONFLICT when already in it (see updateTeamMember).',
  })
  addTeamMember(
    @Arg('input', { description: 'The team, the user and their role.' }) input: AddTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => addTeamMember(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => TeamMembership, { description: "Changes a member's role; CONFLICT when `version` is stale." })
  updateTeamMember(
    @Arg('input', { description: 'The membership, its version and the new role.' }) input: UpdateTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateTeamMember(manager, input, actor));
  }

  @Authorized('admin')
  @Mutation(() => Team, { description: 'Takes a user out of a team; answers the team.' })
  removeTeamMember(
    @Arg('input', { description: 'The team and the user.' }) input: RemoveTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => removeTeamMember(manager, input, actor));
  }
}
