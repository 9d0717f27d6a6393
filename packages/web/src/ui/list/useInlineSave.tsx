import { ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ConflictDialog, conflictFieldsOf, isConflict, type ConflictFieldSpec } from '../conflict';
import { describeError } from '../errors/describeError';

/** A value of a record and the version it was read at. */
export interface Versioned<V> {
  value: V;
  version: number;
}

export interface InlineSaveOptions<V> {
  /** The field as the conflict dialog names it: "Status". */
  field: string;
  /** The record, as the controls' accessible names say it: "Call with CERN". */
  recordName: string;
  /** How a value reads in the conflict dialog. */
  format(value: V): string;
  /** Saves a value on the given version; rejects with the API's error (CONFLICT when it is stale). */
  save(value: V, version: number): Promise<unknown>;
  /** Reads the record again from the server (the list shows it too): for a conflict. */
  reload(): Promise<Versioned<V>>;
}

interface Conflict<V> {
  base: V;
  theirs: Versioned<V>;
  yours: V;
}

/**
 * Saving one field from a list row on the version the row shows. When someone else saved the
 * record meanwhile, the server answers CONFLICT: the row shows their value, and the conflict
 * dialog compares it with the user's, which waits (marked in the row, `marker`) until the user
 * re-applies or drops it; nothing typed or chosen is lost. Other errors are said in a notification.
 * `attempt` resolves to what became of the value.
 */
export function useInlineSave<V>({ field, recordName, format, save, reload }: InlineSaveOptions<V>) {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [reviewing, setReviewing] = useState(false);

  const attempt = async (chosen: V, base: V, onVersion: number): Promise<'saved' | 'conflict' | 'failed'> => {
    setSaving(true);
    try {
      await save(chosen, onVersion);
      setConflict(null);
      return 'saved';
    } catch (error) {
      if (!isConflict(error)) {
        const { title, message } = describeError(error);
        notifications.show({ color: 'red', title, message });
        return 'failed';
      }
      try {
        const theirs = await reload();
        setConflict({ base, theirs, yours: chosen });
        setReviewing(true);
      } catch (reloadError) {
        const { title, message } = describeError(reloadError);
        notifications.show({ color: 'red', title, message });
        return 'failed';
      }
      return 'conflict';
    } finally {
      setSaving(false);
    }
  };

  const specs: ConflictFieldSpec<{ value: V }>[] = [{ key: 'value', label: field, format: (v) => format(v as V) }];
  const marker: ReactNode = (
    <>
      {conflict && (
        <Tooltip label={`Not saved: someone else changed the ${field.toLowerCase()}`}>
          <ActionIcon
            variant="light"
            color="orange"
            size="sm"
            aria-label={`Not saved: review the ${field.toLowerCase()} of ${recordName}`}
            onClick={() => setReviewing(true)}
          >
            <IconAlertTriangle size={14} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      <ConflictDialog
        opened={reviewing && conflict !== null}
        fields={
          conflict
            ? conflictFieldsOf(
                specs,
                { value: conflict.base },
                { value: conflict.theirs.value },
                { value: conflict.yours },
              )
            : []
        }
        onClose={() => setReviewing(false)}
        onReapply={async () => {
          if (!conflict) return;
          setReviewing(false);
          await attempt(conflict.yours, conflict.theirs.value, conflict.theirs.version);
        }}
        onReload={() => {
          setConflict(null);
          setReviewing(false);
        }}
      />
    </>
  );
  return { saving, attempt, marker };
}
