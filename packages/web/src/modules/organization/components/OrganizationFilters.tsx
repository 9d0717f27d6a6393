import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { ORGANIZATION_KIND_OPTIONS } from '../organizationKinds';

export interface OrganizationFilterValues {
  q: string;
  kind: string[];
  country: string[];
  tag: string[];
}

interface OrganizationFiltersProps {
  values: OrganizationFilterValues;
  onChange(patch: Partial<OrganizationFilterValues>, options?: { replace?: boolean }): void;
}

const EMPTY: OrganizationFilterValues = { q: '', kind: [], country: [], tag: [] };

/** Text, kind, country and tag filters; typing waits for a pause before it filters. */
export function OrganizationFilters({ values, onChange }: OrganizationFiltersProps) {
  const [text, setText] = useState(values.q);
  const [typedFor, setTypedFor] = useState(values.q);
  // The URL changed from elsewhere (Back, a link, "Clear filters"): show its text.
  if (values.q !== typedFor) {
    setTypedFor(values.q);
    setText(values.q);
  }
  const commitText = useDebouncedCallback((q: string) => {
    setTypedFor(q);
    onChange({ q }, { replace: true });
  }, 300);
  const any = values.q || values.kind.length || values.country.length || values.tag.length;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        label="Filter"
        placeholder="Name, acronym, city…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 240 }}
      />
      <MultiSelect
        label="Kind"
        placeholder={values.kind.length ? undefined : 'Any'}
        data={ORGANIZATION_KIND_OPTIONS}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
        clearable
        w={{ base: '100%', sm: 220 }}
      />
      <CountryMultiSelect
        label="Country"
        placeholder={values.country.length ? undefined : 'Any'}
        value={values.country}
        onChange={(country) => onChange({ country })}
        w={{ base: '100%', sm: 220 }}
      />
      <TagMultiSelect
        label="Tag"
        placeholder={values.tag.length ? undefined : 'Any'}
        value={values.tag}
        onChange={(tag) => onChange({ tag })}
        w={{ base: '100%', sm: 220 }}
      />
      {any ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange(EMPTY)}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
