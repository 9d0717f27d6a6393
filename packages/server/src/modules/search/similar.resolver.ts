import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { recordById } from '../shared/record-loaders';
import { SimilarContact, SimilarOrganization } from './search.types';
import { MAX_SIMILAR, similarContacts, similarOrganizations } from './similar.service';

@Resolver(() => SimilarOrganization)
export class SimilarOrganizationResolver {
  @Authorized()
  @Query(() => [SimilarOrganization], {
    description: 'Organizations that may be the one being entered, closest first: to warn of duplicates.',
  })
  similarOrganizations(
    @Arg('name', { description: 'The name (or acronym) being entered.' }) name: string,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, ${MAX_SIMILAR} at most.` }) first: number,
    @Ctx() context: GraphQLContext,
  ) {
    return similarOrganizations(context.dataSource, { name, first });
  }

  @FieldResolver(() => Organization, { description: 'The organization.' })
  organization(@Root() similar: SimilarOrganization, @Ctx() context: GraphQLContext) {
    return recordById(context, Organization).load(similar.organizationId);
  }
}

@Resolver(() => SimilarContact)
export class SimilarContactResolver {
  @Authorized()
  @Query(() => [SimilarContact], {
    description:
      'Contacts who may be the person being entered, those with the same email first: to warn of duplicates. ' +
      'Searching by email needs the editor role.',
  })
  similarContacts(
    @Arg('name', () => String, { nullable: true, description: 'Given and family name, as entered.' })
    name: string | undefined,
    @Arg('email', () => String, { nullable: true, description: 'An email address, compared case-insensitively.' })
    email: string | undefined,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, ${MAX_SIMILAR} at most.` }) first: number,
    @Ctx() context: GraphQLContext,
  ) {
    return similarContacts(context.dataSource, context.viewer!, { name, email, first });
  }

  @FieldResolver(() => Contact, { description: 'The contact.' })
  contact(@Root() similar: SimilarContact, @Ctx() context: GraphQLContext) {
    return recordById(context, Contact).load(similar.contactId);
  }
}
