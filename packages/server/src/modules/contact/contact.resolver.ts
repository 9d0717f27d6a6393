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
import { BadUserInputError } from '../../core/graphql/errors';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { OrganizationFilter, OrganizationOrder } from '../organization/organization.inputs';
import { OrganizationConnection } from '../organization/organization.resolver';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { recordById } from '../shared/record-loaders';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { Affiliation } from './affiliation.entity';
import { Contact, fullName } from './contact.entity';
import { ContactFilter, ContactOrder, CreateContactInput, UpdateContactInput } from './contact.inputs';
import { maySeeContactDetails } from './contact.policy';
import {
  affiliationsOfContact,
  organizationsOfContact,
  primaryAffiliationOf,
  primaryOrganizationOf,
} from './contact.relations';
import { CONTACT, contactOrdering, contactQuery, updateContact } from './contact.service';
import { recordNewContact } from './new-contact.service';

const HIDDEN_FROM_VIEWERS = 'Null for users with the viewer role, who may not see contact details.';

@ObjectType()
export class ContactConnection extends ConnectionType(Contact) {}

@ObjectType()
export class AffiliationConnection extends ConnectionType(Affiliation) {}

@Resolver(() => Contact)
export class ContactResolver extends OwnedRecordFieldsResolver(Contact) {
  @Authorized()
  @Query(() => Contact, { nullable: true, description: 'One contact, trashed or not; null when there is none.' })
  contact(@Arg('id', () => ID, { description: 'The contact.' }) id: string, @Ctx() context: GraphQLContext) {
    return recordById(context, Contact).load(id);
  }

  @Authorized()
  @Query(() => ContactConnection, {
    description: 'Contacts, filtered and sorted; trashed ones are left out. `text` matches emails only for editors.',
  })
  contacts(
    @Args() page: PageArgs,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ContactFilter | undefined,
    @Arg('orderBy', () => ContactOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: ContactOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const options = { searchDetails: maySeeContactDetails(context.viewer) };
    return pageOf(contactQuery(context.dataSource, filter, options), contactOrdering(orderBy, context.viewer), page);
  }

  @FieldResolver(() => String, { description: 'Full name: given name and family name.' })
  name(@Root() contact: Contact) {
    return fullName(contact);
  }

  @FieldResolver(() => [String], { nullable: true, description: `Email addresses. ${HIDDEN_FROM_VIEWERS}` })
  emails(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return maySeeContactDetails(context.viewer) ? contact.emails : null;
  }

  @FieldResolver(() => [String], { nullable: true, description: `Phone numbers. ${HIDDEN_FROM_VIEWERS}` })
  phones(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return maySeeContactDetails(context.viewer) ? contact.phones : null;
  }

  @FieldResolver(() => AffiliationConnection, {
    description: 'Where the contact works, primary first; affiliations to trashed organizations are left out.',
  })
  affiliations(@Root() contact: Contact, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return affiliationsOfContact(context, page, contact.id);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'The organizations the contact is affiliated with, each once whatever the number of roles.',
  })
  organizations(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OrganizationFilter | undefined,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: OrganizationOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return organizationsOfContact(context, { ...page, filter, orderBy }, contact.id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization of the primary affiliation; null when there is none.',
  })
  primaryOrganization(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return primaryOrganizationOf(context, contact.id);
  }

  @FieldResolver(() => Affiliation, {
    nullable: true,
    description: 'The primary affiliation, with its role: what lists show as the main organization and role.',
  })
  primaryAffiliation(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return primaryAffiliationOf(context, contact.id);
  }

  @Authorized('editor')
  @Mutation(() => Contact, {
    description:
      'Records a new contact, owned by you unless told otherwise, with its affiliation when given. ' +
      'BAD_USER_INPUT with `reason: DUPLICATE_EMAIL` (and `existingContact`) when another contact has one of its ' +
      'email addresses, unless `allowDuplicateEmail` is true.',
  })
  createContact(
    @Arg('input', { description: 'What to do, as one input object.' }) input: CreateContactInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => recordNewContact(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Contact, { description: 'Changes a contact; CONFLICT when `version` is stale.' })
  updateContact(
    @Arg('input', { description: 'What to do, as one input object.' }) input: UpdateContactInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateContact(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Contact, { description: 'Moves a contact to the trash; its affiliations stay for a restore.' })
  deleteContact(
    @Arg('input', { description: 'What to do, as one input object.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => deleteRecord(manager, CONTACT, input.id, input.version, actor));
  }

  @Authorized('editor')
  @Mutation(() => Contact, { description: 'Brings a contact back from the trash, with its affiliations.' })
  restoreContact(
    @Arg('input', { description: 'What to do, as one input object.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      const contact = await manager.findOne(Contact, { where: { id: input.id }, withDeleted: true });
      if (contact?.erasedAt) throw BadUserInputError.field('id', 'is an erased contact, which cannot come back');
      return restoreRecord(manager, CONTACT, input.id, actor);
    });
  }
}
