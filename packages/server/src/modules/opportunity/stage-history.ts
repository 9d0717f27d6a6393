import type { EntityManager } from 'typeorm';
import type { StageChangeCause } from './stage-change.entity';

/**
 * Names the cause (and reason) of the stage changes the rest of this transaction writes. The
 * rows themselves are written by a trigger on `opportunities` whenever a stage is set, whatever
 * the path (create, update, move, revert, plain SQL), so the history cannot miss one: a path
 * that is not an edit by hand (a conversion, an import, a merge) calls this first.
 */
export async function recordStageChange(
  manager: EntityManager,
  cause: StageChangeCause,
  reason?: string | null,
): Promise<void> {
  await manager.query(
    `SELECT set_config('liaison.stage_change_cause', $1, true), set_config('liaison.stage_change_reason', $2, true)`,
    [cause, reason ?? ''],
  );
}
