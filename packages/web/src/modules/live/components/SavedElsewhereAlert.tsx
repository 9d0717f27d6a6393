import { Alert } from '@mantine/core';
import { useSavedElsewhere } from '../hooks/useSavedElsewhere';

const time = (at: string) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

const DID: Record<string, string> = {
  UPDATE: 'saved',
  DELETE: 'moved to the trash',
  RESTORE: 'restored',
  MERGE: 'merged',
  REVERT: 'reverted a change of',
  ERASE: 'erased personal data of',
};

/**
 * Shown on an edit form as soon as someone else saves the record being edited: the person
 * learns it before saving, not from the conflict their save would meet.
 */
export function SavedElsewhereAlert({ recordId, label }: { recordId: string; label: string }) {
  const saved = useSavedElsewhere(recordId);
  if (!saved) return null;
  const who = saved.actor?.name ?? 'Someone else';
  return (
    <Alert color="yellow" title={`${who} ${DID[saved.action] ?? 'changed'} this ${label} at ${time(saved.at)}`} mb="md">
      Your form still shows the version you opened. When you save, you will see both versions side by side and choose
      what to keep.
    </Alert>
  );
}
