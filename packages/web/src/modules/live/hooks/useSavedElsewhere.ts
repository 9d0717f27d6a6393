import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { useRecordChanges, type RecordChangeEvent } from './useRecordChanges';

/** What changes a record's fields as a form shows them (links and exports do not). */
const SAVES = new Set(['UPDATE', 'DELETE', 'RESTORE', 'MERGE', 'REVERT', 'ERASE']);

/** The last save of the record by someone else since the form was opened, or null. */
export function useSavedElsewhere(recordId: string | undefined): RecordChangeEvent | null {
  const { user } = useSession();
  const [saved, setSaved] = useState<RecordChangeEvent | null>(null);
  useRecordChanges(recordId, (changes) => {
    const others = changes.filter((change) => SAVES.has(change.action) && change.actor?.id !== user.id);
    if (others.length > 0) setSaved(others[others.length - 1]);
  });
  return saved;
}
