import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../generated';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { NO_NEED_FILTERS } from '../hooks/useNeedListView';
import { NEED_CATEGORY_OPTIONS, NEED_PRIORITY_OPTIONS, NEED_STATUS_OPTIONS } from '../needLabels';

export interface NeedFilterValues {
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
  const { data } = useQuery(NeedFilterOrganizationQuery, { variables: { id: values.org }, skip: !values.org });
  const orgName = data?.organization?.name ?? '';
  const any = Object.values(values).some((value) => (Array.isArray(value) ? value.length > 0 : value !== ''));

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        label="Filter"
        placeholder="Words of the need…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
        w={W}
      />
      <MultiSelect
        label="Status"
        placeholder={values.status.length ? undefined : 'Any'}
        data={NEED_STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ status })}
        clearable
        w={W}
      />
      <MultiSelect
        label="Priority"
        placeholder={values.priority.length ? undefined : 'Any'}
        data={NEED_PRIORITY_OPTIONS}
        value={values.priority}
        onChange={(priority) => onChange({ priority })}
        clearable
        w={W}
      />
      <MultiSelect
        label="Category"
        placeholder={values.category.length ? undefined : 'Any'}
        data={NEED_CATEGORY_OPTIONS}
        value={values.category}
        onChange={(category) => onChange({ category })}
        clearable
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
      {any ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange(NO_NEED_FILTERS)}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
