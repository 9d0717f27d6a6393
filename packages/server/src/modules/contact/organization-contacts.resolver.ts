import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { AffiliationConnection, ContactConnection } from './contact.resolver';
import { ContactFilter, ContactOrder } from './contact.inputs';
import { affiliationsOfOrganization, contactsOfOrganization } from './contact.relations';

/** The contact side of organizations, kept with the contacts. */
@Resolver(() => Organization)
export class OrganizationContactsResolver {
  @FieldResolver(() => AffiliationConnection, {
    description: 'Who works there, by family name; affiliations of trashed contacts are left out.',
  })
  affiliations(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return affiliationsOfOrganization(context, page, organization.id);
  }

  @FieldResolver(() => ContactConnection, {
    description: 'The live contacts affiliated with it, each once whatever the number of roles.',
  })
  contacts(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ContactFilter | undefined,
    @Arg('orderBy', () => ContactOrder, { nullable: true, description: 'How to sort them.' })
    orderBy: ContactOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return contactsOfOrganization(context, { ...page, filter, orderBy }, organization.id);
  }
}
