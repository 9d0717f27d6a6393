import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useSession } from '../../app/session/useSession';
import { ConflictDialog, conflictFieldsOf, isConflict, type ConflictFieldSpec } from '../conflict';
import { describeError } from '../errors/describeError';

/** A value of a record and the version it was read at. */
interface Versioned<V extends string> {
  value: V;
  version: number;
}

export interface InlineSelectCellProps<V extends string> {
  /** The field as the conflict dialog names it: "Status". */
  field: string;
  /** The record, as the control's accessible name says it: "Status of Call with CERN". */
  recordName: string;
  value: V;
  version: number;
  options: { value: V; label: string }[];
  /** How the value reads to those who cannot change it. */
  display: ReactNode;
  /** Saves a value on the given version; rejects with the API's error (CONFLICT when it is stale). */
  save(value: V, version: number): Promise<unknown>;
  /** Reads the record again from the server (the list shows it too): for a conflict. */
  reload(): Promise<Versioned<V>>;
}

interface Conflict<V extends string> {
  base: V;
  theirs: Versioned<V>;
  yours: V;
}

/**
 * A simple field changed right in its list row, on the version the row shows. When someone else
 * saved the record meanwhile, the server answers CONFLICT: the row shows their value, and the
 * conflict dialog compares it with the user's choice, which waits (marked in the row) until the
 * user re-applies or drops it. Viewers see the value only.
 */
export function InlineSelectCell<V extends string>(props: InlineSelectCellProps<V>) {
  const { field, recordName, value, version, options, display, save, reload } = props;
  const { canEdit } = useSession();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [reviewing, setReviewing] = useState(false);
  if (!canEdit) return <>{display}</>;

  const labelOf = (chosen: V) => options.find((option) => option.value === chosen)?.label ?? chosen;
  const specs: ConflictFieldSpec<{ value: V }>[] = [{ key: 'value', label: field, format: labelOf }];

  const attempt = async (chosen: V, base: V, onVersion: number) => {
    setSaving(true);
    try {
      await save(chosen, onVersion);
      setConflict(null);
    } catch (error) {
      if (!isConflict(error)) {
        const { title, message } = describeError(error);
        notifications.show({ color: 'red', title, message });
        return;
      }
      try {
        const theirs = await reload();
        setConflict({ base, theirs, yours: chosen });
        setReviewing(true);
      } catch (reloadError) {
        const { title, message } = describeError(reloadError);
        notifications.show({ color: 'red', title, message });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label={`${field} of ${recordName}`}
        size="xs"
        variant="unstyled"
        w={150}
        data={options}
        value={value}
        allowDeselect={false}
        disabled={saving}
        comboboxProps={{ withinPortal: true }}
        onChange={(chosen) => {
          if (chosen && chosen !== value) void attempt(chosen as V, value, version);
        }}
      />
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
    </Group>
  );
}
