import type { ConflictFieldSpec } from '../../../ui/conflict';
import { countryName } from '../../../ui/countries';
import { ORGANIZATION_KIND_LABELS } from '../organizationKinds';
import type {
  CreateOrganizationInput,
  OrganizationForm_OrganizationFragment,
  OrganizationKind,
  UpdateOrganizationInput,
} from '../../../generated/graphql';

/** What the form edits; empty strings stand for "none". The parent keeps its name for the picker. */
export interface OrganizationFormValues {
  name: string;
  acronym: string;
  kind: OrganizationKind | null;
  country: string | null;
  city: string;
  website: string;
  parent: { id: string; name: string } | null;
  description: string;
  /** The version of the record the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const ORGANIZATION_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  acronym: 'Acronym',
  kind: 'Kind',
  country: 'Country',
  city: 'City',
  website: 'Web site',
  parentId: 'Part of',
  description: 'Description',
};

const orDash = (value: string | null) => (value?.trim() ? value : '—');

/** The fields compared when someone else saved the organization meanwhile. */
export const ORGANIZATION_CONFLICT_FIELDS: ConflictFieldSpec<OrganizationFormValues>[] = [
  { key: 'name', label: 'Name' },
  { key: 'acronym', label: 'Acronym' },
  { key: 'kind', label: 'Kind', format: (kind) => orDash(kind && ORGANIZATION_KIND_LABELS[kind]) },
  { key: 'country', label: 'Country', format: (country) => orDash(country && countryName(country)) },
  { key: 'city', label: 'City' },
  { key: 'website', label: 'Web site' },
  {
    key: 'parent',
    label: 'Part of',
    format: (parent) => orDash(parent?.name ?? null),
    same: (a, b) => a?.id === b?.id,
  },
  { key: 'description', label: 'Description' },
];

export function formValuesOf(organization?: OrganizationForm_OrganizationFragment | null): OrganizationFormValues {
  return {
    name: organization?.name ?? '',
    acronym: organization?.acronym ?? '',
    kind: organization?.kind ?? null,
    country: organization?.country ?? null,
    city: organization?.city ?? '',
    website: organization?.website ?? '',
    parent: organization?.parent ? { id: organization.parent.id, name: organization.parent.name } : null,
    description: organization?.description ?? '',
    baseVersion: organization?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input of createOrganization (kind is checked by the form before). */
export function toCreateInput(values: OrganizationFormValues): CreateOrganizationInput {
  return {
    name: values.name.trim(),
    acronym: blankToNull(values.acronym),
    kind: values.kind!,
    country: values.country,
    city: blankToNull(values.city),
    website: blankToNull(values.website),
    parentId: values.parent?.id ?? null,
    description: blankToNull(values.description),
  };
}

/** The input of updateOrganization: every field, so that a cleared one is cleared on the server too. */
export function toUpdateInput(id: string, values: OrganizationFormValues): UpdateOrganizationInput {
  return { id, version: values.baseVersion!, ...toCreateInput(values) };
}

/** A server message about `parentId` belongs beside the "Part of" field, named `parent` in the form. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const { parentId, ...rest } = fields;
  return parentId ? { ...rest, parent: parentId } : rest;
}
