import type { EntityManager } from 'typeorm';
import { Change, type ChangeAction, type ChangeDiff } from './change.entity';
import { announceAfterCommit } from './committed-changes';

/** Who makes a change: the signed-in user (null for the system) and the request. */
export interface Actor {
  userId: string | null;
  requestId: string | null;
}

export interface ChangeEntry {
  recordType: string;
  recordId: string;
  action: ChangeAction;
  diff?: ChangeDiff;
  revertsChangeId?: string | null;
}

/** Writes audit entries in the caller's transaction, so they exist exactly when the change does. */
export async function recordChanges(manager: EntityManager, actor: Actor, entries: ChangeEntry[]): Promise<Change[]> {
  if (entries.length === 0) return [];
  const rows = entries.map((entry) =>
    manager.create(Change, {
      actorId: actor.userId,
      requestId: actor.requestId,
      recordType: entry.recordType,
      recordId: entry.recordId,
      action: entry.action,
      diff: entry.diff ?? {},
      revertsChangeId: entry.revertsChangeId ?? null,
    }),
  );
  const saved = await manager.save(Change, rows);
  announceAfterCommit(manager, saved);
  return saved;
}

/** Values as they are stored in JSON: dates as ISO strings. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/** Whether two values are the same once stored in JSON. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/** The fields whose value differs between `before` and `after`, for the given field names. */
export function diffOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
): ChangeDiff {
  const diff: ChangeDiff = {};
  for (const field of fields) {
    const was = plain(before?.[field]);
    const is = plain(after?.[field]);
    if (JSON.stringify(was) !== JSON.stringify(is)) diff[field] = { before: was, after: is };
  }
  return diff;
}
