import type DataLoader from 'dataloader';
import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { User } from '../user/user.entity';
import { RECORD_TARGETS } from './record-selection';

@ObjectType({ description: 'How many live records of one kind a user owns.' })
class OwnedRecordCount {
  @Field({ description: 'The kind of record, as the GraphQL type is named: Organization, Activity…' })
  type: string;

  @Field(() => Int, { description: 'How many the user owns (trashed ones are not counted).' })
  count: number;
}

/** How many live records of one kind a user owns. */
interface OwnedCount {
  type: string;
  count: number;
}

/**
 * The live records each user owns, counted by kind in registry order (kinds they own none of are
 * left out): one statement for all the users of a request.
 */
function ownedRecordCounts(context: GraphQLContext): DataLoader<string, OwnedCount[]> {
  return context.loaders.get('User:ownedRecordCounts', async (ids: readonly string[]) => {
    const branches = RECORD_TARGETS.map(
      (target, index) =>
        `SELECT owner_id, ${index} AS position, '${target.type}' AS type, count(*)::int AS count
         FROM ${target.table} WHERE owner_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY owner_id`,
    );
    const rows: (OwnedCount & { owner_id: string })[] = await context.dataSource.query(
      `SELECT owner_id, type, count FROM (${branches.join(' UNION ALL ')}) counts ORDER BY position`,
      [ids],
    );
    const byOwner = new Map<string, OwnedCount[]>(ids.map((id) => [id, []]));
    for (const { owner_id, type, count } of rows) byOwner.get(owner_id)?.push({ type, count });
    return ids.map((id) => byOwner.get(id)!);
  });
}

/** What a user owns, for an admin about to hand their records to someone else. */
@Resolver(() => User)
export class UserOwnedRecordsResolver {
  @Authorized('admin')
  @FieldResolver(() => [OwnedRecordCount], {
    description: 'The live records the user owns, counted by kind; kinds with none are left out. Admins only.',
  })
  ownedRecordCounts(@Root() user: User, @Ctx() context: GraphQLContext) {
    return ownedRecordCounts(context).load(user.id);
  }
}
