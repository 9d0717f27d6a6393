import type { EntityManager } from 'typeorm';
import type { PipelineStage } from '../pipeline/pipeline-stage.entity';
import { recordChanges, type Actor } from '../shared/audit-writer';
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

/**
 * Moves every opportunity at `from` (trashed ones too) to `to`, as a bulk change: one update in
 * each one's history and one row in its stage history. Answers how many moved.
 */
export async function moveStageOpportunities(
  manager: EntityManager,
  from: PipelineStage,
  to: PipelineStage,
  actor: Actor,
): Promise<number> {
  await recordStageChange(manager, 'bulk', `Stage “${from.name}” was removed`);
  const [moved] = (await manager.query(
    `UPDATE opportunities SET stage_id = $2, version = version + 1, updated_by_id = $3, updated_at = now()
     WHERE stage_id = $1 RETURNING id`,
    [from.id, to.id, actor.userId],
  )) as [{ id: string }[], number];
  await recordChanges(
    manager,
    actor,
    moved.map(({ id }) => ({
      recordType: 'Opportunity',
      recordId: id,
      action: 'update' as const,
      diff: { stageId: { before: from.id, after: to.id } },
    })),
  );
  return moved.length;
}
