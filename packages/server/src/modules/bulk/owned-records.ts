import type { EntityManager } from 'typeorm';
import { RECORD_TARGETS, type RecordSelection } from './record-selection';

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
