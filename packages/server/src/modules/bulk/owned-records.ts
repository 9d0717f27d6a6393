import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from '../../core/graphql/context';
import { RECORD_TARGETS, type RecordSelection } from './record-selection';

/** How many live records of one kind a user owns. */
export interface OwnedCount {
  type: string;
  count: number;
}

/**
 * The live records each user owns, counted by kind in registry order (kinds they own none of are
 * left out): one statement for all the users of a request.
 */
export function ownedRecordCounts(context: GraphQLContext): DataLoader<string, OwnedCount[]> {
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

/** A selection of every live record `ownerId` owns, added to the ids `selection` names already. */
export async function withOwnedRecords(
  manager: EntityManager,
  selection: RecordSelection,
  ownerId: string,
): Promise<RecordSelection> {
  const widened: RecordSelection = { ...selection };
  for (const target of RECORD_TARGETS) {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${target.table} WHERE owner_id = $1 AND deleted_at IS NULL`,
      [ownerId],
    );
    if (rows.length === 0) continue;
    widened[target.key] = [...((selection[target.key] as string[] | undefined) ?? []), ...rows.map((row) => row.id)];
  }
  return widened;
}
