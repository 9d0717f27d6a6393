import { Group } from '@mantine/core';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { ACTIVITY_KIND_OPTIONS, ACTIVITY_STATUS_OPTIONS } from '../activityLabels';
import { CONCERNED_KIND_LIST, type ConcernedKind } from '../activityRecords';
import { NO_FILTERS } from '../hooks/useActivityListView';
import { RecordPicker } from './RecordPicker';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';
import { DateField } from '../../../ui/DateField';

interface ActivityFilterValues {
  q: string;
  kind: string[];
  status: string[];
  from: string;
  to: string;
  owner: string[];
  tag: string[];
  about: string;
  aboutName: string;
}

interface ActivityFiltersProps {
  values: ActivityFilterValues;
  onChange(patch: Partial<ActivityFilterValues>, options?: { replace?: boolean }): void;
}

const WIDTH = { base: '100%', sm: 200 };

/** Text, kind, status, dates, owner, tag and "concerning" filters; typing waits for a pause. */
export function ActivityFilters({ values, onChange }: ActivityFiltersProps) {
  const [aboutKind, aboutId] = values.about.split(':');
  const about =
    aboutKind && aboutId ? { kind: aboutKind as ConcernedKind, id: aboutId, name: values.aboutName || 'Record' } : null;
  const any =
    values.q ||
    values.kind.length ||
    values.status.length ||
    values.owner.length ||
    values.tag.length ||
    values.from ||
    values.to ||
    values.about;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Subject, notes, outcome…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={{ base: '100%', sm: 220 }}
      />
      <OptionsFilter
        label="Kind"
        data={ACTIVITY_KIND_OPTIONS}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
        w={WIDTH}
      />
      <OptionsFilter
        label="Status"
        data={ACTIVITY_STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ status })}
        w={WIDTH}
      />
      <DateField
        label="From"

        value={values.from}
        onChange={(value) => onChange({ from: value })}
        w={{ base: '100%', sm: 160 }}
      />
      <DateField
        label="To"

        value={values.to}
        onChange={(value) => onChange({ to: value })}
        w={{ base: '100%', sm: 160 }}
      />
      <UserMultiSelect
        label="Owner"
        placeholder={values.owner.length ? undefined : 'Anyone'}
        value={values.owner}
        onChange={(owner) => onChange({ owner })}
        w={WIDTH}
      />
      <TagMultiSelect
        label="Tag"
        placeholder={values.tag.length ? undefined : 'Any'}
        value={values.tag}
        onChange={(tag) => onChange({ tag })}
        w={WIDTH}
      />
      <RecordPicker
        // Cleared or changed from elsewhere (Back, "Clear filters"): start again from the URL's record.
        key={values.about}
        label="Concerning"
        kinds={CONCERNED_KIND_LIST}
        placeholder="Any record"
        value={about}
        onChange={(record) =>
          onChange({ about: record ? `${record.kind}:${record.id}` : '', aboutName: record?.name ?? '' })
        }
        w={{ base: '100%', sm: 240 }}
      />
      {any ? <ClearFiltersButton onClick={() => onChange(NO_FILTERS)} /> : null}
    </Group>
  );
}
