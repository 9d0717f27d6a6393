import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { graphql } from '../../../generated';
import type { ProjectStatus } from '../../../generated/graphql';

export const ProjectPickerQuery = graphql(`
  query ProjectPicker($text: String) {
    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {
      nodes {
        id
        name
        acronym
        status
      }
    }
  }
`);

interface PickedProject {
  id: string;
  name: string;
  /** Known when the project was picked from the server's matches. */
  status?: ProjectStatus;
}

interface ProjectPickerProps {
  label: string;
  value?: PickedProject | null;
  onChange(value: PickedProject | null): void;
  error?: ReactNode;
  withAsterisk?: boolean;
  /** Renders the options in a portal (inside a modal). */
  withinPortal?: boolean;
}

/** Choose a project by typing part of its name or acronym; the server finds the matches. */
export function ProjectPicker({ label, value, onChange, error, withAsterisk, withinPortal }: ProjectPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const text = debounced && debounced !== value?.name ? debounced : undefined;
  const { data, loading } = useQuery(ProjectPickerQuery, { variables: { text } });
  const found = data?.projects.nodes ?? [];
  const options = found.map((project) => ({
    value: project.id,
    label: project.acronym ? `${project.name} (${project.acronym})` : project.name,
  }));
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
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
      nothingFoundMessage={loading ? 'Searching…' : 'No project found'}
      onChange={(id, option) => {
        const picked = found.find((project) => project.id === id);
        onChange(id ? { id, name: picked?.name ?? option?.label ?? '', status: picked?.status } : null);
      }}
    />
  );
}
