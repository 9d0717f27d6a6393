import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { graphql } from '../../../generated';
import { CONCERNED_KINDS, type ConcernedKind, type ConcernedRecord } from '../activityRecords';

export const RecordPickerQuery = graphql(`
  query RecordPicker($text: String, $organizations: Boolean!, $contacts: Boolean!, $projects: Boolean!) {
    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $organizations) {
      nodes {
        id
        name
      }
    }
    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $contacts) {
      nodes {
        id
        name
      }
    }
    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $projects) {
      nodes {
        id
        name
      }
    }
  }
`);

interface RecordPickerProps {
  label: string;
  /** Which kinds of record it offers. */
  kinds: ConcernedKind[];
  value?: ConcernedRecord | null;
  onChange(value: ConcernedRecord | null): void;
  /** Left out of the choices (already chosen). */
  excludeKeys?: string[];
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  w?: string | number | Record<string, string | number>;
}

export const recordKey = (record: { kind: ConcernedKind; id: string }) => `${record.kind}:${record.id}`;

/** Choose an organization, contact or project by typing part of its name; the server finds the matches. */
export function RecordPicker({
  label,
  kinds,
  value,
  onChange,
  excludeKeys = [],
  placeholder = 'Type to search',
  description,
  error,
  w,
}: RecordPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const text = debounced && debounced !== value?.name ? debounced : undefined;
  const { data, loading } = useQuery(RecordPickerQuery, {
    variables: {
      text,
      organizations: kinds.includes('ORGANIZATION'),
      contacts: kinds.includes('CONTACT'),
      projects: kinds.includes('PROJECT'),
    },
  });
  const found: ConcernedRecord[] = [
    ...(data?.organizations?.nodes ?? []).map((node) => ({ kind: 'ORGANIZATION' as const, ...node })),
    ...(data?.contacts?.nodes ?? []).map((node) => ({ kind: 'CONTACT' as const, ...node })),
    ...(data?.projects?.nodes ?? []).map((node) => ({ kind: 'PROJECT' as const, ...node })),
  ].filter((record) => !excludeKeys.includes(recordKey(record)));
  if (value && !found.some((record) => recordKey(record) === recordKey(value))) found.unshift(value);
  const options = kinds.map((kind) => ({
    group: kinds.length > 1 ? CONCERNED_KINDS[kind].plural : CONCERNED_KINDS[kind].label,
    items: found
      .filter((record) => record.kind === kind)
      .map((record) => ({ value: recordKey(record), label: record.name })),
  }));

  return (
    <Select
      label={label}
      description={description}
      error={error}
      searchable
      clearable
      placeholder={placeholder}
      data={kinds.length > 1 ? options : (options[0]?.items ?? [])}
      value={value ? recordKey(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered: show its matches as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'Nothing found'}
      onChange={(key) => onChange(key ? (found.find((record) => recordKey(record) === key) ?? null) : null)}
      comboboxProps={{ withinPortal: true }}
      w={w}
    />
  );
}
