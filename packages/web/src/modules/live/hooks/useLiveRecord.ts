import { useRecordChanges } from './useRecordChanges';

/**
 * Keeps a record page up to date: when the record changes (or the live connection comes back),
 * `refetch` reloads that page's query, once per burst of changes, and nothing else.
 */
export function useLiveRecord(recordId: string | undefined, refetch: () => unknown): void {
  useRecordChanges(recordId, () => void refetch());
}
