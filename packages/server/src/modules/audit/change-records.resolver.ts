import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import type { GraphQLContext } from '../../core/graphql/context';
import { RECORD_KINDS, recordKindOf } from '../registry/record-registry';
import { linkField } from '../shared/record-kind';
import { Change } from '../shared/change.entity';

@ObjectType({
  description: 'A record a change names (a linked contact, a new parent …), with its title when you may see it.',
})
export class ChangeRecord {
  @Field({ description: 'Its type: Organization, Contact, Project …' })
  type: string;

  @Field(() => ID, { description: 'Its id, as it appears in the diff.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its name or title now; null when you may not see it, or it was erased or no longer exists.',
  })
  title: string | null;
}

/**
 * The type of record an id of a diff names, by its key: the link field of every kind of the
 * registry that has a link column (`organizationId`), tags and teams; `parentId` and `mergedInto`
 * are records of the changed type.
 */
const REFERENCE_TYPES: Record<string, string> = {
  ...Object.fromEntries(RECORD_KINDS.filter((kind) => kind.linkColumn).map((kind) => [linkField(kind), kind.type])),
  tagId: 'Tag',
  teamId: 'Team',
  ownerId: 'User',
  mergedInto: '',
  parentId: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every `(type, id)` a change's diff names: in field values and inside link values. */
function referencesOf(change: Pick<Change, 'recordType' | 'diff'>): { type: string; id: string }[] {
  const found = new Map<string, { type: string; id: string }>();
  const add = (key: string, value: unknown) => {
    if (!(key in REFERENCE_TYPES) || typeof value !== 'string' || !UUID.test(value)) return;
    const type = REFERENCE_TYPES[key] || change.recordType;
    if (recordKindOf(type)) found.set(`${type}:${value}`, { type, id: value });
  };
  for (const [key, pair] of Object.entries(change.diff ?? {})) {
    for (const value of [pair?.before, pair?.after]) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) add(inner, innerValue);
      } else add(key, value);
    }
  }
  return [...found.values()];
}

/** Titles of records for this request, by `type:id`: one statement per type, hidden ones as null. */
function titleOf(context: GraphQLContext, type: string, id: string): Promise<string | null> {
  return context.loaders
    .get<string, string | null>(`${type}:changeTitle`, async (ids) => {
      const kind = recordKindOf(type)!;
      const visible = kind.visibility ? visibilityPredicate('r', context.viewer) : { sql: 'TRUE', parameters: {} };
      const erased = type === 'Contact' ? ' AND r.erased_at IS NULL' : '';
      const [sql, values] = context.dataSource.driver.escapeQueryWithParameters(
        `SELECT r.id, ${kind.title} AS title FROM ${kind.table} r WHERE r.id IN (:...ids) AND ${visible.sql}${erased}`,
        { ...visible.parameters, ids: [...ids] },
      );
      const rows: { id: string; title: string }[] = await context.dataSource.query(sql, values);
      const byId = new Map(rows.map((row) => [row.id, row.title]));
      return ids.map((key) => byId.get(key) ?? null);
    })
    .load(id);
}

@Resolver(() => Change)
export class ChangeRecordsResolver {
  @FieldResolver(() => [ChangeRecord], {
    description:
      'The records its diff names by id (linked records, owner, team, parent …), with their titles, so that it can be read without ids.',
  })
  records(@Root() change: Change, @Ctx() context: GraphQLContext): Promise<ChangeRecord[]> {
    return Promise.all(
      referencesOf(change).map(async (ref) => ({ ...ref, title: await titleOf(context, ref.type, ref.id) })),
    );
  }
}
