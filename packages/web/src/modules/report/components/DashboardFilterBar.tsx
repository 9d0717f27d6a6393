import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select } from '@mantine/core';
import { CountrySelect } from '../../../ui/CountrySelect';
import { useTagOptions } from '../../tag/hooks/useTagOptions';
import { DASHBOARD_PERIODS, PERIODS, type DashboardFilters } from '../dashboardFilters';
import { DashboardTeamsQuery } from '../reportOperations';

/**
 * A dashboard's filters: the period, and one team, country and tag for every widget. The home
 * page offers three periods side by side; a saved dashboard any of the server's, or none.
 */
export function DashboardFilterBar({
  view,
  onChange,
  saved = false,
}: {
  view: DashboardFilters;
  onChange: (change: Partial<DashboardFilters>) => void;
  saved?: boolean;
}) {
  const teams = useQuery(DashboardTeamsQuery);
  const tags = useTagOptions();
  return (
    <Group mb="md" align="end" wrap="wrap">
      {saved ? (
        <Select
          label="Period"
          placeholder="Each report’s own"
          clearable
          data={DASHBOARD_PERIODS}
          value={view.period || null}
          onChange={(period) => onChange({ period: period ?? '' })}
        />
      ) : (
        <SegmentedControl
          aria-label="Period"
          value={view.period}
          onChange={(period) => onChange({ period })}
          data={PERIODS}
        />
      )}
      <Select
        label="Team"
        placeholder="All teams"
        clearable
        searchable
        data={(teams.data?.teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={view.team || null}
        onChange={(team) => onChange({ team: team ?? '' })}
      />
      <CountrySelect
        label="Country"
        placeholder="All countries"
        value={view.country || null}
        onChange={(country) => onChange({ country: country ?? '' })}
      />
      <Select
        label="Tag"
        placeholder="Any tag"
        clearable
        searchable
        data={tags.options}
        value={view.tag || null}
        onChange={(tag) => onChange({ tag: tag ?? '' })}
      />
    </Group>
  );
}
