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
import type { Viewer } from '../../core/auth/viewer';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { maySeeContactDetails } from '../contact/contact.policy';
import { Opportunity } from '../opportunity/opportunity.entity';
import { visibleOpportunityById } from '../opportunity/opportunity.relations';
import { Organization } from '../organization/organization.entity';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { recordById } from '../shared/record-loaders';
import { mutation } from '../shared/transaction';
import { userById } from '../user/author-fields.resolver';
import { User } from '../user/user.entity';
import { Lead } from './lead.entity';
import {
  ConvertLeadInput,
  CreateLeadInput,
  DisqualifyLeadInput,
  LeadFilter,
  LeadOrder,
  UpdateLeadInput,
} from './lead.inputs';
import { convertLead, undoLeadConversion } from './lead-conversion.service';
import { visibleLeadById } from './lead.relations';
import {
  createLead,
  deleteLead,
  disqualifyLead,
  leadOrdering,
  leadQuery,
  restoreLead,
  updateLead,
} from './lead.service';

@ObjectType()
class LeadConnection extends ConnectionType(Lead) {}

const viewerOf = (context: GraphQLContext): Viewer => context.viewer!;

@Resolver(() => Lead)
export class LeadResolver extends OwnedRecordFieldsResolver(Lead) {
  @Authorized()
  @Query(() => Lead, {
    nullable: true,
    description: 'One lead, trashed or not; null when there is none or you may not see it.',
  })
  lead(@Arg('id', () => ID, { description: 'The lead.' }) id: string, @Ctx() context: GraphQLContext) {
    return visibleLeadById(context).load(id);
  }

  @Authorized()
  @Query(() => LeadConnection, { description: 'Leads you may see, filtered and sorted; trashed ones are left out.' })
  leads(
    @Args() page: PageArgs,
    @Arg('filter', () => LeadFilter, { nullable: true, description: 'Which ones to list.' })
    filter: LeadFilter | undefined,
    @Arg('orderBy', () => LeadOrder, { nullable: true, description: 'How to sort them; newest first when not given.' })
    orderBy: LeadOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(leadQuery(context.dataSource, context.viewer, filter), leadOrdering(orderBy), page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'An email address; null for viewers, who see no contact details.',
  })
  email(@Root() lead: Lead, @Ctx() context: GraphQLContext) {
    return maySeeContactDetails(context.viewer) ? lead.email : null;
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact it became, when converted.' })
  convertedContact(@Root() lead: Lead, @Ctx() context: GraphQLContext) {
    return lead.convertedContactId ? recordById(context, Contact).load(lead.convertedContactId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization it became, when converted.' })
  convertedOrganization(@Root() lead: Lead, @Ctx() context: GraphQLContext) {
    return lead.convertedOrganizationId ? recordById(context, Organization).load(lead.convertedOrganizationId) : null;
  }

  @FieldResolver(() => Opportunity, {
    nullable: true,
    description: 'The opportunity it became, when converted with one (and you may see it).',
  })
  convertedOpportunity(@Root() lead: Lead, @Ctx() context: GraphQLContext) {
    return lead.convertedOpportunityId ? visibleOpportunityById(context).load(lead.convertedOpportunityId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who converted it.' })
  convertedBy(@Root() lead: Lead, @Ctx() context: GraphQLContext) {
    return userById(context, lead.convertedById);
  }

  @Authorized('editor')
  @Mutation(() => Lead, { description: 'Records a new lead, owned by you unless another owner is given.' })
  createLead(@Arg('input', { description: 'The new lead.' }) input: CreateLeadInput, @Ctx() context: GraphQLContext) {
    return mutation(context, (manager, actor) => createLead(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Lead, {
    description: 'Changes a lead; a converted one only its notes. CONFLICT when `version` is stale.',
  })
  updateLead(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateLeadInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateLead(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Lead, {
    description: 'Marks a lead DISQUALIFIED, with the reason; CONFLICT when `version` is stale.',
  })
  disqualifyLead(
    @Arg('input', { description: 'The lead, the version seen and why.' }) input: DisqualifyLeadInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => disqualifyLead(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Lead, {
    description:
      'Converts a lead into a contact and an organization (new ones, or the existing ones given), the contact ' +
      'affiliated with the organization, and an opportunity when asked, all in one transaction: nothing is made when any part is refused. ' +
      'The lead stays, CONVERTED, with links to what it became.',
  })
  convertLead(
    @Arg('input', { description: 'The lead, the version seen, and what to link instead of creating.' })
    input: ConvertLeadInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => convertLead(manager, viewerOf(context), input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Lead, {
    description:
      'Undoes the conversion of a lead, as reverting the conversion in its history does: the lead back to its ' +
      'status before, what the conversion created moved to the trash, the affiliation it made removed.',
  })
  undoLeadConversion(
    @Arg('id', () => ID, { description: 'The converted lead.' }) id: string,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => undoLeadConversion(manager, viewerOf(context), id, actor));
  }

  @Authorized('editor')
  @Mutation(() => Lead, { description: 'Moves a lead to the trash.' })
  deleteLead(
    @Arg('input', { description: 'The lead to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) =>
      deleteLead(manager, viewerOf(context), input.id, input.version, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => Lead, { description: 'Brings a lead back from the trash.' })
  restoreLead(
    @Arg('input', { description: 'The lead to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => restoreLead(manager, viewerOf(context), input.id, actor));
  }
}
