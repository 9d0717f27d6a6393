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
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Need } from './need.entity';
import { CreateNeedInput, NeedFilter, NeedOrder, UpdateNeedInput } from './need.inputs';
import { NEED, createNeed, needOrdering, needQuery, updateNeed } from './need.service';

@ObjectType()
export class NeedConnection extends ConnectionType(Need) {}

@Resolver(() => Need)
export class NeedResolver extends OwnedRecordFieldsResolver(Need) {
  @Authorized()
  @Query(() => Need, { nullable: true, description: 'One need, trashed or not; null when there is none.' })
  need(@Arg('id', () => ID, { description: 'The need.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Need).load(id);
  }

  @Authorized()
  @Query(() => NeedConnection, { description: 'Needs, filtered and sorted; trashed ones are left out.' })
  needs(
    @Args() page: PageArgs,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Which ones to list.' })
    filter: NeedFilter | undefined,
    @Arg('orderBy', () => NeedOrder, {
      nullable: true,
      description: 'How to sort them; most pressing first when not given.',
    })
    orderBy: NeedOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(needQuery(context.dataSource, filter), needOrdering(orderBy), page);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization that has it (or null: see project).',
  })
  organization(@Root() need: Need, @Ctx() context: GraphQLContext) {
    return need.organizationId ? recordById(context, Organization).load(need.organizationId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project that has it (or null: see organization).' })
  project(@Root() need: Need, @Ctx() context: GraphQLContext) {
    return need.projectId ? recordById(context, Project).load(need.projectId) : null;
  }

  @Authorized('editor')
  @Mutation(() => Need, { description: 'Records a new need of an organization or a project.' })
  createNeed(@Arg('input', { description: 'The new need.' }) input: CreateNeedInput, @Ctx() context: GraphQLContext) {
    return mutation(context, (manager, actor) => createNeed(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Need, { description: 'Changes a need (its status too); CONFLICT when `version` is stale.' })
  updateNeed(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateNeedInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateNeed(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Need, { description: 'Moves a need to the trash.' })
  deleteNeed(
    @Arg('input', { description: 'The need to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, NEED, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Need, { description: 'Brings a need back from the trash.' })
  restoreNeed(
    @Arg('input', { description: 'The need to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, NEED, input.id, actor));
  }
}
