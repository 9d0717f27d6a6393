import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../../app/session/useSession';
import { useInlineSave, type Versioned } from './useInlineSave';

export interface InlineSelectCellProps<V extends string> {
  /** The field as the conflict dialog names it: "Status". */
  field: string;
  /** The record, as the control's accessible name says it: "Status of Call with CERN". */
  recordName: string;
  /** Null when none is chosen yet (a choice cannot be removed here). */
  value: V | null;
  version: number;
  options: { value: V; label: string }[];
  /** Long option lists (countries) are filtered by typing. */
  searchable?: boolean;
  /** How the value reads to those who cannot change it. */
  display: ReactNode;
  /** Saves a value on the given version; rejects with the API's error (CONFLICT when it is stale). */
  save(value: V, version: number): Promise<unknown>;
  /** Reads the record again from the server (the list shows it too): for a conflict. */
  reload(): Promise<Versioned<V | null>>;
}

/**
 * A simple field chosen right in its list row, on the version the row shows (see useInlineSave
 * for a conflict). Viewers see the value only.
 */
export function InlineSelectCell<V extends string>(props: InlineSelectCellProps<V>) {
  const { field, recordName, value, version, options, searchable, display, save, reload } = props;
  const { canEdit } = useSession();
  const labelOf = (chosen: V | null) => options.find((option) => option.value === chosen)?.label ?? chosen ?? '';
  const { saving, attempt, marker } = useInlineSave<V | null>({
    field,
    recordName,
    format: labelOf,
    save: (chosen, onVersion) => save(chosen!, onVersion),
    reload,
  });
  if (!canEdit) return <>{display}</>;

  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label={`${field} of ${recordName}`}
        size="xs"
        variant="unstyled"
        w={150}
        data={options}
        value={value}
        searchable={searchable}
        allowDeselect={false}
        nothingFoundMessage={searchable ? 'No match' : undefined}
        disabled={saving}
        comboboxProps={{ withinPortal: true }}
        onChange={(chosen) => {
          if (chosen && chosen !== value) void attempt(chosen as V, value, version);
        }}
      />
      {marker}
    </Group>
  );
}
