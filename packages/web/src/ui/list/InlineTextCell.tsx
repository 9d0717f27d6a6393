import { Group, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useSession } from '../../app/session/useSession';
import { useInlineSave, type Versioned } from './useInlineSave';

export interface InlineTextCellProps {
  /** The field as the conflict dialog names it: "Title". */
  field: string;
  /** The record, as the control's accessible name says it: "Title of Ana Lopez". */
  recordName: string;
  /** Null when the field is empty; an emptied field is saved as null. */
  value: string | null | undefined;
  version: number;
  maxLength?: number;
  /** How the value reads to those who cannot change it; the value itself by default. */
  display?: ReactNode;
  save(value: string | null, version: number): Promise<unknown>;
  reload(): Promise<Versioned<string | null>>;
}

/**
 * A short text field typed right in its list row: Enter or leaving the field saves it on the
 * version the row shows, Escape puts the saved value back (see useInlineSave for a conflict).
 * Viewers see the value only.
 */
export function InlineTextCell(props: InlineTextCellProps) {
  const { field, recordName, version, maxLength, display, save, reload } = props;
  const value = props.value ?? null;
  const { canEdit } = useSession();
  // What the user is typing; null while the field shows the saved value.
  const [draft, setDraft] = useState<string | null>(null);
  const { saving, attempt, marker } = useInlineSave({
    field,
    recordName,
    format: (text: string | null) => text ?? '',
    save,
    reload,
  });
  if (!canEdit) return <>{display ?? value}</>;

  const commit = async () => {
    if (draft === null || saving) return;
    const chosen = draft.trim() === '' ? null : draft.trim();
    if (chosen === value) {
      setDraft(null);
      return;
    }
    // After a conflict the row shows their value and the dialog keeps the user's; another error
    // leaves the text typed, to try again.
    if ((await attempt(chosen, value, version)) !== 'failed') setDraft(null);
  };

  return (
    <Group gap={4} wrap="nowrap">
      <TextInput
        aria-label={`${field} of ${recordName}`}
        size="xs"
        variant="unstyled"
        miw={120}
        maxLength={maxLength}
        placeholder="—"
        value={draft ?? value ?? ''}
        readOnly={saving}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            setDraft(null);
          }
        }}
      />
      {marker}
    </Group>
  );
}
