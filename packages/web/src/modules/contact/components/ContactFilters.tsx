import { useQuery } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { graphql } from '../../../generated';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { ClearFiltersButton, SearchFilter } from '../../../ui/filters';

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
  // The URL holds the organization's id; its name comes from the server (or the cache).
  const { data } = useQuery(FilterOrganizationQuery, { variables: { id: values.org }, skip: !values.org });
  const organization = values.org ? { id: values.org, name: data?.organization?.name ?? '' } : null;
  const any = values.q || values.org || values.country.length || values.tag.length || values.owner.length;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Name, title, email…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
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
      {any ? <ClearFiltersButton onClick={() => onChange(EMPTY_CONTACT_FILTERS)} /> : null}
    </Group>
  );
}
