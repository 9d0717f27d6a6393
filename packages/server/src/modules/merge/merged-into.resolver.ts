import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { recordById } from '../shared/record-loaders';

/**
 * Where each merged duplicate went, following later merges of the survivor (at most 20), for
 * every record of the request in one statement: the merge change of a duplicate names its survivor.
 */
function survivorId(context: GraphQLContext, recordType: string, id: string): Promise<string | null> {
  return context.loaders
    .get<string, string | null>(`${recordType}:mergedInto`, async (ids) => {
      const rows: { start: string; id: string }[] = await context.dataSource.query(
        `WITH RECURSIVE chain(start, id, depth) AS (
           SELECT r, r, 0 FROM unnest($1::uuid[]) r
           UNION ALL
           SELECT chain.start, (c.diff -> 'mergedInto' ->> 'after')::uuid, chain.depth + 1
           FROM chain JOIN changes c ON c.record_id = chain.id AND c.record_type = $2
             AND c.action = 'merge' AND c.diff ? 'mergedInto'
           WHERE chain.depth < 20
         )
         SELECT DISTINCT ON (start) start, id FROM chain WHERE depth > 0 ORDER BY start, depth DESC`,
        [[...ids], recordType],
      );
      const byStart = new Map(rows.map((row) => [row.start, row.id]));
      return ids.map((key) => byStart.get(key) ?? null);
    })
    .load(id);
}

const DESCRIPTION =
  'that absorbed this one when it was merged as a duplicate (after any later merge of that one); null when it was not merged.';

@Resolver(() => Organization)
export class OrganizationMergedIntoResolver {
  @FieldResolver(() => Organization, { nullable: true, description: `The organization ${DESCRIPTION}` })
  async mergedInto(@Root() organization: Organization, @Ctx() context: GraphQLContext) {
    const id = await survivorId(context, 'Organization', organization.id);
    return id ? recordById(context, Organization).load(id) : null;
  }
}

@Resolver(() => Contact)
export class ContactMergedIntoResolver {
  @FieldResolver(() => Contact, { nullable: true, description: `The contact ${DESCRIPTION}` })
  async mergedInto(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    const id = await survivorId(context, 'Contact', contact.id);
    return id ? recordById(context, Contact).load(id) : null;
  }
}
