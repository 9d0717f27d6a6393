import { Badge, CloseButton, Group } from '@mantine/core';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { DOCUMENT_KIND_OPTIONS } from '../documentLabels';
import { CLEARED_FILTERS, type DocumentListView } from '../hooks/useDocumentListView';
import { ClearFiltersButton, OptionsFilter, SearchFilter } from '../../../ui/filters';
import { DateField } from '../../../ui/DateField';

type FilterValues = Pick<
  DocumentListView,
  'q' | 'kind' | 'tag' | 'owner' | 'from' | 'to' | 'org' | 'contact' | 'project'
>;

interface DocumentFiltersProps {
  values: FilterValues;
  onChange(patch: Partial<FilterValues>, options?: { replace?: boolean }): void;
  /** The name of the record the list is limited to, when known. */
  attachedToName?: string;
}

/** Text, kind, tag, owner and date filters, and the record the list is limited to. */
export function DocumentFilters({ values, onChange, attachedToName }: DocumentFiltersProps) {
  const attached = values.org || values.contact || values.project;
  const any =
    values.q || values.kind.length || values.tag.length || values.owner.length || values.from || values.to || attached;

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchFilter
        placeholder="Title or text…"
        value={values.q}
        onChange={(q, options) => onChange({ q }, options)}
        w={{ base: '100%', sm: 220 }}
      />
      <OptionsFilter
        label="Kind"
        data={DOCUMENT_KIND_OPTIONS}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
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
      <DateField
        label="Created from"

        value={values.from}
        onChange={(value) => onChange({ from: value })}
        w={{ base: '48%', sm: 160 }}
      />
      <DateField
        label="Created until"

        value={values.to}
        onChange={(value) => onChange({ to: value })}
        w={{ base: '48%', sm: 160 }}
      />
      {attached && (
        <Badge
          size="lg"
          variant="light"
          tt="none"
          rightSection={
            <CloseButton
              size="xs"
              aria-label="Show documents of all records"
              onClick={() => onChange({ org: '', contact: '', project: '' })}
            />
          }
        >
          Attached to {attachedToName ?? 'one record'}
        </Badge>
      )}
      {any ? <ClearFiltersButton onClick={() => onChange(CLEARED_FILTERS)} /> : null}
    </Group>
  );
}
