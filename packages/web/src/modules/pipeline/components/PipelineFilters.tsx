import { Group, MultiSelect } from '@mantine/core';
import { CountryMultiSelect } from '../../../ui/CountrySelect';
import { ClearFiltersButton } from '../../../ui/filters';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { NO_PIPELINE_FILTERS } from '../hooks/usePipelineView';
import { useTeamOptions } from '../hooks/useTeamOptions';

interface PipelineFilterValues {
  owner: string[];
  team: string[];
  country: string[];
  tag: string[];
}

interface PipelineFiltersProps {
  values: PipelineFilterValues;
  onChange(patch: Partial<PipelineFilterValues>): void;
}

const W = { base: '100%', sm: 200 };

/** Owner, team, country (of the organization) and tag filters of the board and its list. */
export function PipelineFilters({ values, onChange }: PipelineFiltersProps) {
  const teams = useTeamOptions();
  const any = [values.owner, values.team, values.country, values.tag].some((value) => value.length > 0);
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <UserMultiSelect
        label="Owner"
        placeholder={values.owner.length ? undefined : 'Anyone'}
        value={values.owner}
        onChange={(owner) => onChange({ owner })}
        w={W}
      />
      <MultiSelect
        label="Team"
        placeholder={values.team.length ? undefined : 'Any team'}
        searchable
        clearable
        data={teams}
        value={values.team}
        onChange={(team) => onChange({ team })}
        w={W}
      />
      <CountryMultiSelect
        label="Country"
        placeholder={values.country.length ? undefined : 'Anywhere'}
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
      {any ? <ClearFiltersButton onClick={() => onChange(NO_PIPELINE_FILTERS)} /> : null}
    </Group>
  );
}
