import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { pageOf } from '../../core/db/paging';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Project } from './project.entity';
import { CreateProjectInput, ProjectFilter, ProjectOrder, UpdateProjectInput } from './project.inputs';
import { PROJECT, createProject, projectOrdering, projectQuery, updateProject } from './project.service';

@ObjectType()
export class ProjectConnection extends ConnectionType(Project) {}

@Resolver(() => Project)
export class ProjectResolver extends OwnedRecordFieldsResolver(Project) {
  @Authorized()
  @Query(() => Project, { nullable: true, description: 'One project, trashed or not; null when there is none.' })
  project(@Arg('id', () => ID, { description: 'The project.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Project).load(id);
  }

  @Authorized()
  @Query(() => ProjectConnection, { description: 'Projects, filtered and sorted; trashed ones are left out.' })
  projects(
    @Args() page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'How to sort them; by name when not given.' })
    orderBy: ProjectOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(projectQuery(context.dataSource, filter), projectOrdering(orderBy), page);
  }

  @Authorized('editor')
  @Mutation(() => Project, { description: 'Records a new project.' })
  createProject(
    @Arg('input', { description: 'The new project.' }) input: CreateProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createProject(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Project, { description: 'Changes a project; CONFLICT when `version` is stale.' })
  updateProject(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateProject(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Project, {
    description: 'Moves a project to the trash; its links, tasks and milestones stay for a restore.',
  })
  deleteProject(
    @Arg('input', { description: 'The project to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, PROJECT, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Project, { description: 'Brings a project back from the trash, with its links.' })
  restoreProject(
    @Arg('input', { description: 'The project to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, PROJECT, input.id, actor));
  }
}
