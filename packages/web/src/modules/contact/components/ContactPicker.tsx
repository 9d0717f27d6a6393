import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { graphql } from '../../../generated';

export const ContactPickerQuery = graphql(`
  query ContactPicker($text: String) {
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

export interface PickedContact {
  id: string;
  name: string;
}

interface ContactPickerProps {
  label: string;
  value?: PickedContact | null;
  onChange(value: PickedContact | null): void;
  /** Left out of the choices (the contact being merged into). */
  excludeId?: string;
  error?: ReactNode;
  description?: ReactNode;
  withAsterisk?: boolean;
  'data-autofocus'?: boolean;
  /** Renders the options in a portal (inside a modal); true unless told. */
  withinPortal?: boolean;
  /** Told what is typed, for a "create this person" offer when nobody matches. */
  onSearchChange?(search: string): void;
}

/** Choose a contact by typing part of their name; the server finds the matches. */
export function ContactPicker({
  label,
  value,
  onChange,
  excludeId,
  withinPortal = true,
  onSearchChange,
  ...props
}: ContactPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const text = debounced && debounced !== value?.name ? debounced : undefined;
  const { data, loading } = useQuery(ContactPickerQuery, { variables: { text } });
  const found = (data?.contacts.nodes ?? []).filter((contact) => contact.id !== excludeId);
  const options = found.map((contact) => ({
    value: contact.id,
    label: contact.primaryOrganization ? `${contact.name} — ${contact.primaryOrganization.name}` : contact.name,
  }));
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
      searchable
      clearable
      placeholder="Type to search"
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={(typed) => {
        setSearch(typed);
        onSearchChange?.(typed);
      }}
      // The server has already filtered: show its matches as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No contact found'}
      comboboxProps={{ withinPortal }}
      onChange={(id, option) =>
        onChange(id ? { id, name: found.find((c) => c.id === id)?.name ?? option?.label ?? '' } : null)
      }
      {...props}
    />
  );
}
