import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../generated';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { NO_PROJECT_FILTERS } from '../hooks/useProjectListView';
import { PROJECT_KIND_OPTIONS, PROJECT_STATUS_OPTIONS } from '../projectLabels';
import { ContactPicker } from '../../contact/components/ContactPicker';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';
import { DateField } from '../../../ui/DateField';

interface ProjectFilterValues {
  q: string;
  status: string[];
  kind: string[];
  tag: string[];
  owner: string[];
  org: string;
  contact: string;
  activeOn: string;
  startsAfter: string;
  endsBefore: string;
}

interface ProjectFiltersProps {
  values: ProjectFilterValues;
  onChange(patch: Partial<ProjectFilterValues>, options?: { replace?: boolean }): void;
}

/** The names of the organization and contact the URL filters by (the URL holds only their ids). */
export const ProjectFilterNamesQuery = graphql(`
  query ProjectFilterNames($org: ID!, $contact: ID!, $withOrg: Boolean!, $withContact: Boolean!) {
    organization(id: $org) @include(if: $withOrg) {
      id
      name
    }
    contact(id: $contact) @include(if: $withContact) {
      id
      name
    }
  }
`);

const W = { base: '100%', sm: 200 };

/**
 * Text, status, kind and tag filters, and behind "More filters" the owner, partner and date ones (shown
 * while in use); typing waits for a pause before it filters.
 */
export function ProjectFilters({ values, onChange }: ProjectFiltersProps) {
  const { data: names } = useQuery(ProjectFilterNamesQuery, {
    variables: { org: values.org, contact: values.contact, withOrg: !!values.org, withContact: !!values.contact },
    skip: !values.org && !values.contact,
  });
  // Only the filter fields count: the page passes its whole view, sort and columns included.
  const any = (Object.keys(NO_PROJECT_FILTERS) as (keyof ProjectFilterValues)[]).some((key) => {
    const value = values[key];
    return Array.isArray(value) ? value.length > 0 : value !== '';
  });
  const moreInUse = Boolean(
    values.owner.length || values.org || values.contact || values.activeOn || values.startsAfter || values.endsBefore,
  );
  const [moreShown, setMoreShown] = useState(moreInUse);
  const more = moreShown || moreInUse;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Name, acronym…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={W}
      />
      <OptionsFilter
        label="Status"
        data={PROJECT_STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ status })}
        w={W}
      />
      <OptionsFilter
        label="Kind"
        data={PROJECT_KIND_OPTIONS}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
        w={W}
      />
      <TagMultiSelect
        label="Tag"
        placeholder={values.tag.length ? undefined : 'Any'}
        value={values.tag}
        onChange={(tag) => onChange({ tag })}
        w={W}
      />
      {more && (
        <>
          <UserMultiSelect
            label="Owner"
            placeholder={values.owner.length ? undefined : 'Anyone'}
            value={values.owner}
            onChange={(owner) => onChange({ owner })}
            w={W}
          />
          <div style={{ width: 220 }}>
            <OrganizationPicker
              key={`org-${values.org}-${names?.organization?.name ?? ''}`}
              label="With organization"
              value={values.org ? { id: values.org, name: names?.organization?.name ?? '' } : null}
              onChange={(picked) => onChange({ org: picked?.id ?? '' })}
            />
          </div>
          <div style={{ width: 220 }}>
            <ContactPicker
              key={`contact-${values.contact}-${names?.contact?.name ?? ''}`}
              label="With contact"
              value={values.contact ? { id: values.contact, name: names?.contact?.name ?? '' } : null}
              onChange={(picked) => onChange({ contact: picked?.id ?? '' })}
            />
          </div>
          <DateField
            label="Running on"
            value={values.activeOn}
            onChange={(value) => onChange({ activeOn: value })}
            w={{ base: '100%', sm: 160 }}
          />
          <DateField
            label="Starts from"
            value={values.startsAfter}
            onChange={(value) => onChange({ startsAfter: value })}
            w={{ base: '100%', sm: 160 }}
          />
          <DateField
            label="Ends before"
            value={values.endsBefore}
            onChange={(value) => onChange({ endsBefore: value })}
            w={{ base: '100%', sm: 160 }}
          />
        </>
      )}
      {!moreInUse && (
        <Button
          variant="subtle"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          aria-expanded={more}
          onClick={() => setMoreShown(!more)}
        >
          {more ? 'Fewer filters' : 'More filters'}
        </Button>
      )}
      {any ? <ClearFiltersButton onClick={() => onChange(NO_PROJECT_FILTERS)} /> : null}
    </Group>
  );
}
