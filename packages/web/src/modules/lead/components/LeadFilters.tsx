import { useQuery } from '@apollo/client/react';
import { Group, MultiSelect } from '@mantine/core';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { SharingTeams } from '../../savedView/components/SharingFields';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { NO_LEAD_FILTERS } from '../hooks/useLeadListView';
import { LEAD_SOURCE_OPTIONS, LEAD_STATUS_OPTIONS } from '../leadLabels';

interface LeadFilterValues {
  q: string;
  status: string[];
  source: string[];
  country: string[];
  tag: string[];
  owner: string[];
  team: string[];
}

interface LeadFiltersProps {
  values: LeadFilterValues;
  onChange(patch: Partial<LeadFilterValues>, options?: { replace?: boolean }): void;
}

const W = { base: '100%', sm: 200 };

/** Search, status, source, country, tag, owner and team filters. */
export function LeadFilters({ values, onChange }: LeadFiltersProps) {
  const teams = useQuery(SharingTeams).data?.me?.teams ?? [];
  const any = Object.values(values).some((value) => (Array.isArray(value) ? value.length > 0 : value !== ''));

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Name, organization, email…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={W}
      />
      <OptionsFilter
        label="Status"
        data={LEAD_STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ status })}
        w={W}
      />
      <OptionsFilter
        label="Source"
        data={LEAD_SOURCE_OPTIONS}
        value={values.source}
        onChange={(source) => onChange({ source })}
        w={W}
      />
      <CountryMultiSelect
        label="Country"
        placeholder={values.country.length ? undefined : 'Any'}
        value={values.country}
        onChange={(country) => onChange({ country })}
        w={W}
      />
      <TagMultiSelect
        label="Tag"
        placeholder={values.tag.length ? undefined : 'Any'}
        value={values.tag}
        onChange={(tag) => onChange({ tag })}
        w={W}
      />
      <UserMultiSelect
        label="Owner"
        placeholder={values.owner.length ? undefined : 'Anyone'}
        value={values.owner}
        onChange={(owner) => onChange({ owner })}
        w={W}
      />
      {teams.length > 0 && (
        <MultiSelect
          label="Team"
          placeholder={values.team.length ? undefined : 'Any'}
          data={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={values.team}
          onChange={(team) => onChange({ team })}
          w={W}
        />
      )}
      {any ? <ClearFiltersButton onClick={() => onChange(NO_LEAD_FILTERS)} /> : null}
    </Group>
  );
}
