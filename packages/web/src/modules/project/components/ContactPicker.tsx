import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { graphql } from '../../../generated';

export const ProjectContactPickerQuery = graphql(`
  query ProjectContactPicker($text: String) {
    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {
      nodes {
        id
        name
        primaryOrganization {
          id
          name
        }
      }
    }
  }
`);

interface PickedContact {
  id: string;
  name: string;
}

interface ContactPickerProps {
  label: string;
  value?: PickedContact | null;
  onChange(value: PickedContact | null): void;
  error?: ReactNode;
  description?: ReactNode;
  withAsterisk?: boolean;
  /** Renders the options in a portal (inside a modal). */
  withinPortal?: boolean;
}

/** Choose a contact by typing part of their name; the server finds the matches. */
export function ContactPicker({
  label,
  value,
  onChange,
  error,
  description,
  withAsterisk,
  withinPortal,
}: ContactPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const text = debounced && debounced !== value?.name ? debounced : undefined;
  const { data, loading } = useQuery(ProjectContactPickerQuery, { variables: { text } });
  const found = data?.contacts.nodes ?? [];
  const options = found.map((contact) => ({
    value: contact.id,
    label: contact.primaryOrganization ? `${contact.name} (${contact.primaryOrganization.name})` : contact.name,
  }));
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
      description={description}
      error={error}
      withAsterisk={withAsterisk}
      searchable
      clearable
      placeholder="Type to search"
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered: show its matches as they are.
      filter={({ options: all }) => all}
      comboboxProps={{ withinPortal }}
      nothingFoundMessage={loading ? 'Searching…' : 'No contact found'}
      onChange={(id, option) =>
        onChange(id ? { id, name: found.find((c) => c.id === id)?.name ?? option?.label ?? '' } : null)
      }
    />
  );
}
