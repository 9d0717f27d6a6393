import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../generated';

export const OrganizationPickerQuery = graphql(`
  query OrganizationPicker($text: String) {
    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {
      nodes {
        id
        name
        acronym
        country
      }
    }
  }
`);

export interface PickedOrganization {
  id: string;
  name: string;
}

interface OrganizationPickerProps {
  label: string;
  value?: PickedOrganization | null;
  onChange(value: PickedOrganization | null): void;
  /** Left out of the choices (the organization being edited). */
  excludeId?: string;
  error?: React.ReactNode;
  description?: React.ReactNode;
}

/** Choose an organization by typing part of its name; the server finds the matches. */
export function OrganizationPicker({ label, value, onChange, excludeId, error, description }: OrganizationPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const text = debounced && debounced !== value?.name ? debounced : undefined;
  const { data, loading } = useQuery(OrganizationPickerQuery, { variables: { text } });
  const found = (data?.organizations.nodes ?? []).filter((organization) => organization.id !== excludeId);
  const options = found.map((organization) => ({
    value: organization.id,
    label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
  }));
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
      description={description}
      error={error}
      searchable
      clearable
      placeholder="Type to search"
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered: show its matches as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No organization found'}
      onChange={(id, option) =>
        onChange(id ? { id, name: found.find((o) => o.id === id)?.name ?? option?.label ?? '' } : null)
      }
    />
  );
}
