import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, Arg } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { maySeeContactDetails } from '../contact/contact.policy';
import { Lead } from '../lead/lead.entity';
import { SimilarContact, SimilarOrganization } from './search.types';
import { MAX_SIMILAR, similarContacts, similarOrganizations } from './similar.service';

@ObjectType({ description: 'Contacts and organizations a lead may already be: to link instead of creating.' })
export class LeadDuplicates {
  @Field(() => [SimilarContact], {
    description: 'Contacts close to its name, or with its email (found by email for editors and admins only).',
  })
  contacts: SimilarContact[];

  @Field(() => [SimilarOrganization], { description: 'Organizations close to its organization name.' })
  organizations: SimilarOrganization[];
}

@Resolver(() => Lead)
export class LeadDuplicatesResolver {
  @FieldResolver(() => LeadDuplicates, {
    description: 'Contacts and organizations it may already be, closest first, as the conversion offers them.',
  })
  async duplicates(
    @Root() lead: Lead,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many of each, ${MAX_SIMILAR} at most.` })
    first: number,
    @Ctx() context: GraphQLContext,
  ): Promise<LeadDuplicates> {
    const viewer = context.viewer!;
    const email = lead.email && maySeeContactDetails(viewer) ? lead.email : null;
    const [contacts, organizations] = await Promise.all([
      similarContacts(context.dataSource, viewer, { name: lead.name, email, first }),
      lead.organizationName
        ? similarOrganizations(context.dataSource, { name: lead.organizationName, first })
        : Promise.resolve([]),
    ]);
    return { contacts, organizations };
  }
}
