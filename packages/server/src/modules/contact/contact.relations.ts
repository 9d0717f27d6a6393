import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import type { OrganizationFilter, OrganizationOrder } from '../organization/organization.inputs';
import { organizationOrdering, organizationQuery } from '../organization/organization.service';
import { recordById } from '../shared/record-loaders';
import { Affiliation } from './affiliation.entity';
import { Contact } from './contact.entity';
import type { ContactFilter, ContactOrder } from './contact.inputs';
import { maySeeContactDetails } from './contact.policy';
import { contactOrdering, contactQuery } from './contact.service';

/*
 * The relation fields between contacts and organizations, each batched for the whole request:
 * every parent asking with the same arguments shares one loader, so two statements at most.
 * An affiliation is shown from one end only while the other end is not in the trash.
 */

/** Each (contact, organization) pair once, however many roles link them. */
const PAIRS = '(SELECT DISTINCT contact_id, organization_id FROM affiliations)';

export function affiliationsOfContact(context: GraphQLContext, page: PageArgs, contactId: string) {
  return nestedPage(
    context,
    {
      name: 'Contact.affiliations',
      query: () =>
        context.dataSource
          .getRepository(Affiliation)
          .createQueryBuilder('a')
          .innerJoin(Organization, 'o', 'o.id = a.organization_id AND o.deleted_at IS NULL'),
      parent: 'a.contact_id',
      ordering: [
        ['a.is_primary', 'DESC'],
        ['lower(o.name)', 'ASC'],
        ['a.role', 'ASC'],
        ['a.id', 'ASC'],
      ],
    },
    page,
    contactId,
  );
}

export function affiliationsOfOrganization(context: GraphQLContext, page: PageArgs, organizationId: string) {
  return nestedPage(
    context,
    {
      name: 'Organization.affiliations',
      query: () =>
        context.dataSource
          .getRepository(Affiliation)
          .createQueryBuilder('a')
          .innerJoin(Contact, 'c', 'c.id = a.contact_id AND c.deleted_at IS NULL'),
      parent: 'a.organization_id',
      ordering: [
        ['lower(c.last_name)', 'ASC'],
        ['lower(c.first_name)', 'ASC'],
        ['a.role', 'ASC'],
        ['a.id', 'ASC'],
      ],
    },
    page,
    organizationId,
  );
}

export function organizationsOfContact(
  context: GraphQLContext,
  args: PageArgs & { filter?: OrganizationFilter; orderBy?: OrganizationOrder },
  contactId: string,
) {
  return nestedPage(
    context,
    {
      name: 'Contact.organizations',
      query: () =>
        organizationQuery(context.dataSource, args.filter).innerJoin(PAIRS, 'link', 'link.organization_id = o.id'),
      parent: 'link.contact_id',
      ordering: organizationOrdering(args.orderBy, context.viewer),
    },
    args,
    contactId,
  );
}

export function contactsOfOrganization(
  context: GraphQLContext,
  args: PageArgs & { filter?: ContactFilter; orderBy?: ContactOrder },
  organizationId: string,
) {
  const options = { searchDetails: maySeeContactDetails(context.viewer) };
  return nestedPage(
    context,
    {
      name: 'Organization.contacts',
      query: () =>
        contactQuery(context.dataSource, args.filter, options).innerJoin(PAIRS, 'link', 'link.contact_id = c.id'),
      parent: 'link.organization_id',
      ordering: contactOrdering(args.orderBy, context.viewer),
    },
    args,
    organizationId,
  );
}

/** The organization of the contact's primary affiliation, unless it is in the trash. */
/** The contact's primary affiliation (to an organization not in the trash), batched for the request. */
export function primaryAffiliationOf(context: GraphQLContext, contactId: string): Promise<Affiliation | null> {
  const loader = context.loaders.get<string, Affiliation | null>('Contact.primaryAffiliation', async (ids) => {
    const rows = await context.dataSource
      .getRepository(Affiliation)
      .createQueryBuilder('a')
      .innerJoin(Organization, 'o', 'o.id = a.organization_id AND o.deleted_at IS NULL')
      .where('a.is_primary')
      .andWhere('a.contact_id IN (:...ids)', { ids })
      .getMany();
    const byContact = new Map(rows.map((row) => [row.contactId, row]));
    return ids.map((id) => byContact.get(id) ?? null);
  });
  return loader.load(contactId);
}

export async function primaryOrganizationOf(context: GraphQLContext, contactId: string) {
  const affiliation = await primaryAffiliationOf(context, contactId);
  return affiliation ? recordById(context, Organization).load(affiliation.organizationId) : null;
}
