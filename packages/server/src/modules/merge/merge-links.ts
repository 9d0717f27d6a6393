import type { EntityManager } from 'typeorm';
import type { Actor } from '../shared/audit-writer';

/**
 * Rows of `table` that point at a record through `column`; `unique` are the other columns of
 * its unique key, so that a row duplicating one the survivor has is dropped instead of moved.
 */
export interface LinkMove {
  table: string;
  column: string;
  unique?: string[];
  /** The unique key treats nulls as equal (`taggings`: one target column set, the others null). */
  nullsEqual?: boolean;
}

export interface MovedLinks {
  moved: number;
  dropped: number;
}

async function count(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const [{ n }] = await manager.query(`WITH x AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM x`, parameters);
  return n;
}

/**
 * Points every row of each table at the survivor instead of the duplicate, dropping the rows
 * the survivor has already (by their unique key). Moved rows get a new version. The survivor
 * itself is never moved (an organization whose parent is its duplicate).
 */
export async function moveLinks(
  manager: EntityManager,
  moves: LinkMove[],
  survivorId: string,
  duplicateId: string,
  actor: Actor,
): Promise<Record<string, MovedLinks>> {
  const result: Record<string, MovedLinks> = {};
  for (const { table, column, unique, nullsEqual } of moves) {
    const equal = nullsEqual ? 'IS NOT DISTINCT FROM' : '=';
    const same = (unique ?? []).map((other) => `s.${other} ${equal} d.${other}`).join(' AND ');
    const dropped = unique
      ? await count(
          manager,
          `DELETE FROM ${table} d WHERE d.${column} = $2
             AND EXISTS (SELECT 1 FROM ${table} s WHERE s.${column} = $1 AND ${same})`,
          [survivorId, duplicateId],
        )
      : 0;
    const moved = await count(
      manager,
      `UPDATE ${table} SET ${column} = $1, version = version + 1, updated_at = now(), updated_by_id = $3
       WHERE ${column} = $2 AND id <> $1`,
      [survivorId, duplicateId, actor.userId],
    );
    if (moved || dropped) result[table] = { moved, dropped };
  }
  return result;
}

/** Points the duplicate's history at the survivor, so that its history and timeline show it. */
export async function moveHistory(
  manager: EntityManager,
  recordType: string,
  survivorId: string,
  duplicateId: string,
): Promise<number> {
  return count(manager, `UPDATE changes SET record_id = $1 WHERE record_id = $2 AND record_type = $3`, [
    survivorId,
    duplicateId,
    recordType,
  ]);
}
