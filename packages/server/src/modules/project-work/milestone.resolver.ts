import { milestonesOfProject } from './project-work.relations';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Milestone, MilestoneStatusEnum, type MilestoneStatus } from './milestone.entity';
import { CreateMilestoneInput, UpdateMilestoneInput } from './project-work.inputs';
import { MILESTONE, createMilestone, updateMilestone } from './project-work.service';
import { Project } from '../project/project.entity';

@ObjectType()
class MilestoneConnection extends ConnectionType(Milestone) {}

@Resolver(() => Milestone)
export class MilestoneResolver extends AuthorFieldsResolver(Milestone) {
  @FieldResolver(() => Project, { description: 'The project it belongs to.' })
  project(@Root() milestone: Milestone, @Ctx() context: GraphQLContext) {
    return recordById(context, Project).load(milestone.projectId);
  }

  @Authorized('editor')
  @Mutation(() => Milestone, { description: 'Adds a milestone to a project.' })
  createMilestone(
    @Arg('input', { description: 'The new milestone.' }) input: CreateMilestoneInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createMilestone(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Milestone, { description: 'Changes a milestone; CONFLICT when `version` is stale.' })
  updateMilestone(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateMilestoneInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateMilestone(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Milestone, { description: 'Moves a milestone to the trash.' })
  deleteMilestone(
    @Arg('input', { description: 'The milestone to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, MILESTONE, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Milestone, { description: 'Brings a milestone back from the trash.' })
  restoreMilestone(
    @Arg('input', { description: 'The milestone to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, MILESTONE, input.id, actor));
  }
}

@Resolver(() => Project)
export class ProjectMilestonesResolver {
  @FieldResolver(() => MilestoneConnection, { description: "The project's milestones, soonest due first." })
  milestones(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('statuses', () => [MilestoneStatusEnum], { nullable: true, description: 'Only in any of these statuses.' })
    statuses: MilestoneStatus[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return milestonesOfProject(context, page, statuses, project.id);
  }
}
