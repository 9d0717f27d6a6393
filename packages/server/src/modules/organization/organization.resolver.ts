import { childrenOf } from './organization.relations';
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
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { pageOf } from '../../core/db/paging';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationOrder,
  UpdateOrganizationInput,
} from './organization.inputs';
import {
  ORGANIZATION,
  createOrganization,
  organizationOrdering,
  organizationQuery,
  updateOrganization,
} from './organization.service';

@ObjectType()
export class OrganizationConnection extends ConnectionType(Organization) {}

@Resolver(() => Organization)
export class OrganizationResolver extends OwnedRecordFieldsResolver(Organization) {
  @Authorized()
  @Query(() => Organization, {
    nullable: true,
    description: 'One organization, trashed or not; null when there is none.',
  })
  organization(@Arg('id', () => ID, { description: 'The organization.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Organization).load(id);
  }

  @Authorized()
  @Query(() => OrganizationConnection, {
    description: 'Organizations, filtered and sorted; trashed ones are left out.',
  })
  organizations(
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OrganizationFilter | undefined,
    @Arg('orderBy', () => OrganizationOrder, {
      nullable: true,
      description: 'How to sort them; by name when not given.',
    })
    orderBy: OrganizationOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(organizationQuery(context.dataSource, filter), organizationOrdering(orderBy), page);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one is part of.' })
  parent(@Root() organization: Organization, @Ctx() context: GraphQLContext) {
    return organization.parentId ? recordById(context, Organization).load(organization.parentId) : null;
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The organizations that are part of this one.' })
  children(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OrganizationFilter | undefined,
    @Arg('orderBy', () => OrganizationOrder, {
      nullable: true,
      description: 'How to sort them; by name when not given.',
    })
    orderBy: OrganizationOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return childrenOf(context, { ...page, filter, orderBy }, organization.id);
  }

  @Authorized('editor')
  @Mutation(() => Organization, { description: 'Records a new organization.' })
  createOrganization(
    @Arg('input', { description: 'The new organization.' }) input: CreateOrganizationInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createOrganization(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Organization, { description: 'Changes an organization; CONFLICT when `version` is stale.' })
  updateOrganization(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateOrganizationInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateOrganization(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Organization, { description: 'Moves an organization to the trash; its links stay for a restore.' })
  deleteOrganization(
    @Arg('input', { description: 'The organization to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, ORGANIZATION, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Organization, { description: 'Brings an organization back from the trash.' })
  restoreOrganization(
    @Arg('input', { description: 'The organization to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreRecord(manager, ORGANIZATION, input.id, actor));
  }
}
