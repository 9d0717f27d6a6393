import { tasksOfProject } from './project-work.relations';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { User } from '../user/user.entity';
import { ProjectTask, TaskStatusEnum, type TaskStatus } from './project-task.entity';
import { CreateProjectTaskInput, ProjectTaskFilter, UpdateProjectTaskInput } from './project-work.inputs';
import {
  PROJECT_TASK,
  createProjectTask,
  dueDateOrdering,
  projectTasksQuery,
  updateProjectTask,
} from './project-work.service';
import { Project } from '../project/project.entity';

@ObjectType()
class ProjectTaskConnection extends ConnectionType(ProjectTask) {}

@Resolver(() => ProjectTask)
export class ProjectTaskResolver extends AuthorFieldsResolver(ProjectTask) {
  @FieldResolver(() => Project, { description: 'The project it belongs to.' })
  project(@Root() task: ProjectTask, @Ctx() context: GraphQLContext) {
    return recordById(context, Project).load(task.projectId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user who is to do it.' })
  assignee(@Root() task: ProjectTask, @Ctx() context: GraphQLContext) {
    return task.assigneeId ? recordById(context, User).load(task.assigneeId) : null;
  }

  @Authorized()
  @Query(() => ProjectTaskConnection, {
    description: 'The tasks of every live project, soonest due first, undated last: the workload across projects.',
  })
  projectTasks(
    @Args() page: PageArgs,
    @Arg('filter', () => ProjectTaskFilter, { nullable: true, description: 'Which tasks to list.' })
    filter: ProjectTaskFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(projectTasksQuery(context.dataSource, filter), dueDateOrdering('t'), page);
  }

  @Authorized('editor')
  @Mutation(() => ProjectTask, { description: 'Adds a task to a project.' })
  createProjectTask(
    @Arg('input', { description: 'The new task.' }) input: CreateProjectTaskInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createProjectTask(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectTask, { description: 'Changes a project task; CONFLICT when `version` is stale.' })
  updateProjectTask(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateProjectTaskInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateProjectTask(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectTask, { description: 'Moves a project task to the trash.' })
  deleteProjectTask(
    @Arg('input', { description: 'The task to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, PROJECT_TASK, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectTask, { description: 'Brings a project task back from the trash.' })
  restoreProjectTask(
    @Arg('input', { description: 'The task to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, PROJECT_TASK, input.id, actor));
  }
}

@Resolver(() => Project)
export class ProjectTasksResolver {
  @FieldResolver(() => ProjectTaskConnection, { description: "The project's tasks, soonest due first, undated last." })
  tasks(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('statuses', () => [TaskStatusEnum], { nullable: true, description: 'Only in any of these statuses.' })
    statuses: TaskStatus[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return tasksOfProject(context, page, statuses, project.id);
  }
}
