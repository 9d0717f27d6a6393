import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Organization } from '../organization/organization.entity';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { mutation } from '../shared/transaction';
import { Affiliation } from './affiliation.entity';
import { AffiliateContactInput, RemoveAffiliationInput, UpdateAffiliationInput } from './affiliation.inputs';
import { affiliateContact, removeAffiliation, updateAffiliation } from './affiliation.service';
import { Contact } from './contact.entity';

@Resolver(() => Affiliation)
export class AffiliationResolver extends AuthorFieldsResolver(Affiliation) {
  @FieldResolver(() => Contact, { description: 'The contact (shown even from the trash).' })
  contact(@Root() affiliation: Affiliation, @Ctx() context: GraphQLContext) {
    return recordById(context, Contact).load(affiliation.contactId);
  }

  @FieldResolver(() => Organization, { description: 'The organization (shown even from the trash).' })
  organization(@Root() affiliation: Affiliation, @Ctx() context: GraphQLContext) {
    return recordById(context, Organization).load(affiliation.organizationId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Role or position there; null when unknown.' })
  role(@Root() affiliation: Affiliation) {
    return affiliation.role || null;
  }

  @Authorized('editor')
  @Mutation(() => Affiliation, {
    description:
      'Affiliates a contact with an organization; CONFLICT when it already is in that role. ' +
      'A primary affiliation makes the previous primary one a plain one.',
  })
  affiliateContact(
    @Arg('input', { description: 'What to do, as one input object.' }) input: AffiliateContactInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => affiliateContact(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Affiliation, { description: 'Changes an affiliation; CONFLICT when `version` is stale.' })
  updateAffiliation(
    @Arg('input', { description: 'What to do, as one input object.' }) input: UpdateAffiliationInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateAffiliation(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Affiliation, { description: 'Removes an affiliation; the answer is the affiliation as it was.' })
  removeAffiliation(
    @Arg('input', { description: 'What to do, as one input object.' }) input: RemoveAffiliationInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => removeAffiliation(manager, input, actor));
  }
}
