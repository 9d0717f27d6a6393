import type { Change, ChangeAction } from '../shared/change.entity';
import { kindOfRecordType, type RecordChange } from './live.types';

/** What instances tell each other of a committed change: no field values, only what identifies it. */
export type ChangeSummary = Omit<RecordChange, 'at'> & { at: Date };

export function summaryOf(change: Change): ChangeSummary {
  return {
    changeId: change.id,
    kind: kindOfRecordType(change.recordType),
    recordType: change.recordType,
    recordId: change.recordId,
    action: change.action,
    at: change.at,
    actorId: change.actorId,
  };
}

type Wire = [id: string, type: string, recordId: string, action: ChangeAction, actorId: string | null, at: string];

const toWire = (summary: ChangeSummary): Wire => [
  summary.changeId,
  summary.recordType,
  summary.recordId,
  summary.action,
  summary.actorId,
  summary.at.toISOString(),
];

const fromWire = ([changeId, recordType, recordId, action, actorId, at]: Wire): ChangeSummary => ({
  changeId,
  kind: kindOfRecordType(recordType),
  recordType,
  recordId,
  action,
  actorId,
  at: new Date(at),
});

/**
 * The summaries as JSON messages of at most `maxBytes` each (PostgreSQL refuses a NOTIFY payload
 * of 8000 bytes or more), in order. One summary is about 170 bytes, so a message holds dozens.
 */
export function encodeSummaries(summaries: ChangeSummary[], maxBytes = 7_500): string[] {
  const messages: string[] = [];
  let batch: string[] = [];
  let size = 2;
  for (const summary of summaries) {
    const item = JSON.stringify(toWire(summary));
    const itemSize = Buffer.byteLength(item) + 1;
    if (batch.length > 0 && size + itemSize > maxBytes) {
      messages.push(`[${batch.join(',')}]`);
      batch = [];
      size = 2;
    }
    batch.push(item);
    size += itemSize;
  }
  if (batch.length > 0) messages.push(`[${batch.join(',')}]`);
  return messages;
}

export function decodeSummaries(message: string): ChangeSummary[] {
  return (JSON.parse(message) as Wire[]).map(fromWire);
}
