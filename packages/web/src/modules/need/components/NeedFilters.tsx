import { useQuery } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { graphql } from '../../../generated';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { NO_NEED_FILTERS } from '../hooks/useNeedListView';
import { NEED_CATEGORY_OPTIONS, NEED_PRIORITY_OPTIONS, NEED_STATUS_OPTIONS } from '../needLabels';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';

interface NeedFilterValues {
  q: string;
  status: string[];
  priority: string[];
  category: string[];
  tag: string[];
  owner: string[];
  org: string;
}

interface NeedFiltersProps {
  values: NeedFilterValues;
  onChange(patch: Partial<NeedFilterValues>, options?: { replace?: boolean }): void;
}

/** The name of the organization the URL filters by (the URL holds only its id). */
const NeedFilterOrganizationQuery = graphql(`
  query NeedFilterOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);

const W = { base: '100%', sm: 200 };

/** Text, status, priority, category, organization, tag and owner filters. */
export function NeedFilters({ values, onChange }: NeedFiltersProps) {
  const { data } = useQuery(NeedFilterOrganizationQuery, { variables: { id: values.org }, skip: !values.org });
  const orgName = data?.organization?.name ?? '';
  const any = Object.values(values).some((value) => (Array.isArray(value) ? value.length > 0 : value !== ''));

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Words of the need…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={W}
      />
      <OptionsFilter
        label="Status"
        data={NEED_STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ status })}
        w={W}
      />
      <OptionsFilter
        label="Priority"
        data={NEED_PRIORITY_OPTIONS}
        value={values.priority}
        onChange={(priority) => onChange({ priority })}
        w={W}
      />
      <OptionsFilter
        label="Category"
        data={NEED_CATEGORY_OPTIONS}
        value={values.category}
        onChange={(category) => onChange({ category })}
        w={W}
      />
      <div style={{ width: 220 }}>
        <OrganizationPicker
          key={`org-${values.org}-${orgName}`}
          label="Organization"
          value={values.org ? { id: values.org, name: orgName } : null}
          onChange={(picked) => onChange({ org: picked?.id ?? '' })}
        />
      </div>
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
      {any ? <ClearFiltersButton onClick={() => onChange(NO_NEED_FILTERS)} /> : null}
    </Group>
  );
}
