import dayjs from 'dayjs';
import type { StageChangeCause } from '../../generated/graphql';

/** A row of an opportunity's stage history, as the page reads it. */
export interface StageChangeLine {
  id: string;
  cause: StageChangeCause;
  changedAt: string;
  reason?: string | null;
  changedBy?: { name: string } | null;
  fromStage?: { name: string } | null;
  toStage: { name: string };
}

const HOW: Partial<Record<StageChangeCause, string>> = {
  BULK: ' (bulk change)',
  IMPORT: ' (import)',
  MERGE: ' (merge)',
  REVERT: ' (undone through the history)',
  RESTORE: ' (restored from the trash)',
};

/**
 * One stage change as a sentence: "Moved from Induction to Training by Ada on 3 Nov 2025 — reason",
 * "Created in Dissemination by Ada on 1 Oct 2025", "Converted from a lead into Induction …".
 */
export function stageChangeSentence(change: StageChangeLine): string {
  const by = change.changedBy ? ` by ${change.changedBy.name}` : '';
  const on = ` on ${dayjs(change.changedAt).format('D MMM YYYY')}`;
  const what =
    change.cause === 'CONVERSION'
      ? `Converted from a lead into ${change.toStage.name}`
      : !change.fromStage
        ? `Created in ${change.toStage.name}`
        : `Moved from ${change.fromStage.name} to ${change.toStage.name}`;
  const why = change.reason?.trim() ? ` — ${change.reason.trim()}` : '';
  return `${what}${by}${on}${HOW[change.cause] ?? ''}${why}`;
}

/** Whole days each change's stage was held: until the next change, or until now for the last. */
export function daysHeld(changes: StageChangeLine[], now = dayjs()): number[] {
  return changes.map((change, index) => {
    const until = changes[index + 1] ? dayjs(changes[index + 1]!.changedAt) : now;
    return Math.max(0, until.diff(dayjs(change.changedAt), 'day'));
  });
}
