import { useQuery } from '@apollo/client/react';
import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../generated';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';

export interface ContactFilterValues {
  q: string;
  org: string;
  country: string[];
  tag: string[];
  owner: string[];
}

interface ContactFiltersProps {
  values: ContactFilterValues;
  onChange(patch: Partial<ContactFilterValues>, options?: { replace?: boolean }): void;
}

export const EMPTY_CONTACT_FILTERS: ContactFilterValues = { q: '', org: '', country: [], tag: [], owner: [] };

const FilterOrganizationQuery = graphql(`
  query ContactFilterOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);

/** Text, organization, country, tag and owner filters; typing waits for a pause before it filters. */
export function ContactFilters({ values, onChange }: ContactFiltersProps) {
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
  // The URL holds the organization's id; its name comes from the server (or the cache).
  const { data } = useQuery(FilterOrganizationQuery, { variables: { id: values.org }, skip: !values.org });
  const organization = values.org ? { id: values.org, name: data?.organization?.name ?? '' } : null;
  const any = values.q || values.org || values.country.length || values.tag.length || values.owner.length;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        label="Filter"
        placeholder="Name, title, email…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 220 }}
      />
      <div style={{ width: 240 }}>
        <OrganizationPicker
          key={organization?.name ? 'named' : 'unnamed'}
          label="Organization"
          value={organization}
          onChange={(picked) => onChange({ org: picked?.id ?? '' })}
        />
      </div>
      <CountryMultiSelect
        label="Country"
        placeholder={values.country.length ? undefined : 'Any'}
        value={values.country}
        onChange={(country) => onChange({ country })}
        w={{ base: '100%', sm: 200 }}
      />
      <TagMultiSelect
        label="Tag"
        placeholder={values.tag.length ? undefined : 'Any'}
        value={values.tag}
        onChange={(tag) => onChange({ tag })}
        w={{ base: '100%', sm: 200 }}
      />
      <UserMultiSelect
        label="Owner"
        placeholder={values.owner.length ? undefined : 'Anyone'}
        value={values.owner}
        onChange={(owner) => onChange({ owner })}
        w={{ base: '100%', sm: 200 }}
      />
      {any ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange(EMPTY_CONTACT_FILTERS)}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
