import type {
  CreateProjectInput,
  ProjectForm_ProjectFragment,
  ProjectKind,
  ProjectStatus,
  UpdateProjectInput,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from '../projectLabels';

/** What the form edits; empty strings stand for "none", dates are `YYYY-MM-DD`. */
export interface ProjectFormValues {
  name: string;
  acronym: string;
  kind: ProjectKind | null;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  scientificDomain: string;
  website: string;
  description: string;
  ownerId: string | null;
  /** The version of the record the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const PROJECT_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  acronym: 'Acronym',
  kind: 'Kind',
  status: 'Status',
  startDate: 'Start',
  endDate: 'End',
  scientificDomain: 'Scientific domain',
  website: 'Web site',
  description: 'Description',
  ownerId: 'Owner',
};

/** The fields the conflict dialog compares. */
export const PROJECT_CONFLICT_FIELDS: ConflictFieldSpec<ProjectFormValues>[] = [
  { key: 'name', label: 'Name' },
  { key: 'acronym', label: 'Acronym' },
  { key: 'kind', label: 'Kind', format: (value) => (value ? PROJECT_KIND_LABELS[value as ProjectKind] : '—') },
  { key: 'status', label: 'Status', format: (value) => PROJECT_STATUS_LABELS[value as ProjectStatus] ?? '—' },
  { key: 'startDate', label: 'Start' },
  { key: 'endDate', label: 'End' },
  { key: 'scientificDomain', label: 'Scientific domain' },
  { key: 'website', label: 'Web site' },
  { key: 'description', label: 'Description' },
];

export function formValuesOf(project?: ProjectForm_ProjectFragment | null): ProjectFormValues {
  return {
    name: project?.name ?? '',
    acronym: project?.acronym ?? '',
    kind: project?.kind ?? null,
    status: project?.status ?? 'ACTIVE',
    startDate: project?.startDate ?? '',
    endDate: project?.endDate ?? '',
    scientificDomain: project?.scientificDomain ?? '',
    website: project?.website ?? '',
    description: project?.description ?? '',
    ownerId: project?.owner?.id ?? null,
    baseVersion: project?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input of createProject (kind is checked by the form before). */
export function toCreateInput(values: ProjectFormValues): CreateProjectInput {
  return {
    name: values.name.trim(),
    acronym: blankToNull(values.acronym),
    kind: values.kind!,
    status: values.status,
    startDate: blankToNull(values.startDate),
    endDate: blankToNull(values.endDate),
    scientificDomain: blankToNull(values.scientificDomain),
    website: blankToNull(values.website),
    description: blankToNull(values.description),
    ...(values.ownerId && { ownerId: values.ownerId }),
  };
}

/** The input of updateProject: every field, so that a cleared one is cleared on the server too. */
export function toUpdateInput(id: string, values: ProjectFormValues): UpdateProjectInput {
  return { id, version: values.baseVersion!, ...toCreateInput(values) };
}
