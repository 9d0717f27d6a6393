import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { CountrySelect } from '../../../ui/CountrySelect';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { ORGANIZATION_KIND_OPTIONS } from '../organizationKinds';
import {
  formErrorsOf,
  formValuesOf,
  ORGANIZATION_CONFLICT_FIELDS,
  ORGANIZATION_FIELD_LABELS,
  type OrganizationFormValues,
} from './organizationFormValues';
import { OrganizationPicker } from './OrganizationPicker';
import { SimilarOrganizationsWarning } from './SimilarOrganizationsWarning';

export const OrganizationForm_organization = graphql(`
  fragment OrganizationForm_organization on Organization {
    id
    version
    name
    acronym
    kind
    country
    city
    website
    description
    parent {
      id
      name
    }
  }
`);

export interface OrganizationFormProps {
  /** The organization to edit; a new one when absent. */
  organization?: FragmentType<typeof OrganizationForm_organization>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: OrganizationFormValues): Promise<void>;
  /** Fetches the organization as it is now, after a CONFLICT, to compare it with the input. */
  onLoadLatest?(): Promise<FragmentType<typeof OrganizationForm_organization> | null | undefined>;
  /** New organizations: put the input into this existing one instead (a duplicate was found). */
  onMergeInto?(organizationId: string, values: OrganizationFormValues): Promise<void>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit an organization. Input is kept as a draft until saved (see useDraft). */
export function OrganizationForm({
  organization: ref,
  onSubmit,
  onLoadLatest,
  onMergeInto,
  onCancel,
  submitLabel,
}: OrganizationFormProps) {
  const organization = getFragmentData(OrganizationForm_organization, ref);
  const values = formValuesOf(organization);
  const { form, draft, setError, frameProps } = useRecordForm<OrganizationFormValues>({
    draftKey: `organization:${organization?.id ?? 'new'}`,
    values,
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the name'),
      kind: (value) => (value ? null : 'Choose what sort of organization it is'),
    },
    conflictFields: ORGANIZATION_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: async () => {
      const latest = getFragmentData(OrganizationForm_organization, await onLoadLatest?.());
      return latest ? formValuesOf(latest) : undefined;
    },
    formErrorsOf,
  });
  const [merging, setMerging] = useState<string | null>(null);
  const mergeInto = async (organizationId: string) => {
    if (!onMergeInto) return;
    setMerging(organizationId);
    setError(null);
    try {
      await onMergeInto(organizationId, form.getValues());
      draft.clear();
    } catch (caught) {
      setError(caught);
    } finally {
      setMerging(null);
    }
  };

  return (
    <RecordFormFrame
      {...frameProps}
      submitLabel={submitLabel}
      onCancel={onCancel}
      fieldLabels={ORGANIZATION_FIELD_LABELS}
    >
      <TextInput label="Name" withAsterisk autoComplete="off" {...form.getInputProps('name')} />
      {onMergeInto && (
        <SimilarOrganizationsWarning
          name={form.getValues().name}
          merging={merging}
          onMerge={(id) => void mergeInto(id)}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Acronym" autoComplete="off" {...form.getInputProps('acronym')} />
        <Select label="Kind" withAsterisk data={ORGANIZATION_KIND_OPTIONS} {...form.getInputProps('kind')} />
        <CountrySelect label="Country" {...form.getInputProps('country')} />
        <TextInput label="City" {...form.getInputProps('city')} />
      </SimpleGrid>
      <TextInput label="Web site" type="url" placeholder="https://" {...form.getInputProps('website')} />
      <OrganizationPicker
        label="Part of"
        description="The organization this one belongs to, if any."
        excludeId={organization?.id}
        {...form.getInputProps('parent')}
      />
      <Textarea label="Description" autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
    </RecordFormFrame>
  );
}
