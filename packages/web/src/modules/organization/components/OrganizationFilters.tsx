import { Group } from '@mantine/core';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { ORGANIZATION_KIND_OPTIONS } from '../organizationKinds';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';

interface OrganizationFilterValues {
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
  const any = values.q || values.kind.length || values.country.length || values.tag.length;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Name, acronym, city…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={{ base: '100%', sm: 240 }}
      />
      <OptionsFilter
        label="Kind"
        data={ORGANIZATION_KIND_OPTIONS}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
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
      {any ? <ClearFiltersButton onClick={() => onChange(EMPTY)} /> : null}
    </Group>
  );
}
