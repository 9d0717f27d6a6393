import { useTimelineChanges } from './useRecordChanges';

/**
 * Keeps a record's timeline up to date: when the record, or an activity or document linked to
 * it, changes (or the live connection comes back), `refetch` reloads the timeline's query once
 * per burst of changes.
 */
export function useLiveTimeline(recordId: string | undefined, refetch: () => unknown): void {
  useTimelineChanges(recordId, () => void refetch());
}
