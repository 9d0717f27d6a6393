import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { contactDatesSql, type ContactDates, type DatedRecord } from '../shared/contact-dates';

const NONE: ContactDates = { lastContactedAt: null, nextPlannedAt: null };

/** Both dates of every record of the request of this kind, in one statement. */
function contactDates(context: GraphQLContext, record: DatedRecord, id: string): Promise<ContactDates> {
  return context.loaders
    .get<string, ContactDates>(`${record}:contactDates`, async (ids) => {
      const rows: { id: string; last: Date | string | null; next: Date | string | null }[] =
        await context.dataSource.query(contactDatesSql(record, context.viewer), [[...ids]]);
      const byId = new Map(
        rows.map((row) => [
          row.id,
          {
            lastContactedAt: row.last ? new Date(row.last) : null,
            nextPlannedAt: row.next ? new Date(row.next) : null,
          },
        ]),
      );
      return ids.map((key) => byId.get(key) ?? NONE);
    })
    .load(id);
}

const RULE =
  'Calls, meetings, emails and events count (not to-dos or notes), at their start, else due, else recorded time; trashed activities and those you may not see are left out.';
const LAST = `When we were last in touch: the latest DONE activity not in the future. ${RULE}`;
const NEXT = `When we are next in touch: the earliest PLANNED activity not in the past. ${RULE}`;

@Resolver(() => Organization)
export class OrganizationContactDatesResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: `${LAST} Counts its own activities and those of its affiliated contacts.`,
  })
  async lastContactedAt(@Root() organization: Organization, @Ctx() context: GraphQLContext) {
    return (await contactDates(context, 'organization', organization.id)).lastContactedAt;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: `${NEXT} Counts its own activities and those of its affiliated contacts.`,
  })
  async nextPlannedAt(@Root() organization: Organization, @Ctx() context: GraphQLContext) {
    return (await contactDates(context, 'organization', organization.id)).nextPlannedAt;
  }
}

@Resolver(() => Contact)
export class ContactContactDatesResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: `${LAST} Counts activities linked to them and those they take part in.`,
  })
  async lastContactedAt(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return (await contactDates(context, 'contact', contact.id)).lastContactedAt;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: `${NEXT} Counts activities linked to them and those they take part in.`,
  })
  async nextPlannedAt(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return (await contactDates(context, 'contact', contact.id)).nextPlannedAt;
  }
}
