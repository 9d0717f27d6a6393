import type {
  CreateNeedInput,
  NeedCategory,
  NeedForm_NeedFragment,
  NeedPriority,
  NeedStatus,
  UpdateNeedInput,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';
import { NEED_CATEGORY_LABELS, NEED_PRIORITY_LABELS, NEED_STATUS_LABELS } from '../needLabels';

interface Named {
  id: string;
  name: string;
}

/** What the form edits: a need belongs to an organization or to a project. */
export interface NeedFormValues {
  title: string;
  category: NeedCategory | null;
  priority: NeedPriority;
  status: NeedStatus;
  of: 'organization' | 'project';
  organization: Named | null;
  project: Named | null;
  source: string;
  description: string;
  ownerId: string | null;
  /** The version the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const NEED_FIELD_LABELS: Record<string, string> = {
  title: 'Need',
  category: 'Category',
  priority: 'Priority',
  status: 'Status',
  organization: 'Organization',
  project: 'Project',
  source: 'Source',
  description: 'Description',
  ownerId: 'Owner',
};

const named = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : '—');

/** The fields the conflict dialog compares. */
export const NEED_CONFLICT_FIELDS: ConflictFieldSpec<NeedFormValues>[] = [
  { key: 'title', label: 'Need' },
  { key: 'category', label: 'Category', format: (v) => (v ? NEED_CATEGORY_LABELS[v as NeedCategory] : '—') },
  { key: 'priority', label: 'Priority', format: (v) => NEED_PRIORITY_LABELS[v as NeedPriority] ?? '—' },
  { key: 'status', label: 'Status', format: (v) => NEED_STATUS_LABELS[v as NeedStatus] ?? '—' },
  { key: 'organization', label: 'Organization', format: named },
  { key: 'project', label: 'Project', format: named },
  { key: 'source', label: 'Source' },
  { key: 'description', label: 'Description' },
];

export function formValuesOf(need?: NeedForm_NeedFragment | null, organization?: Named | null): NeedFormValues {
  return {
    title: need?.title ?? '',
    category: need?.category ?? null,
    priority: need?.priority ?? 'MEDIUM',
    status: need?.status ?? 'IDENTIFIED',
    of: need?.project ? 'project' : 'organization',
    organization: need?.organization ?? organization ?? null,
    project: need?.project ?? null,
    source: need?.source ?? '',
    description: need?.description ?? '',
    ownerId: need?.owner?.id ?? null,
    baseVersion: need?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input of createNeed (category and holder are checked by the form before). */
export function toCreateInput(values: NeedFormValues): CreateNeedInput {
  return {
    title: values.title.trim(),
    category: values.category!,
    priority: values.priority,
    status: values.status,
    ...(values.of === 'organization' ? { organizationId: values.organization!.id } : { projectId: values.project!.id }),
    source: blankToNull(values.source),
    description: blankToNull(values.description),
    ...(values.ownerId && { ownerId: values.ownerId }),
  };
}

/** The input of updateNeed: every field; moving to the other holder clears the first. */
export function toUpdateInput(id: string, values: NeedFormValues): UpdateNeedInput {
  const { organizationId, projectId, ...rest } = toCreateInput(values);
  return {
    id,
    version: values.baseVersion!,
    ...rest,
    organizationId: organizationId ?? null,
    projectId: projectId ?? null,
  };
}

/** Server messages about `organizationId` or `projectId` belong beside the pickers. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const { organizationId, projectId, ...rest } = fields;
  return { ...rest, ...(organizationId && { organization: organizationId }), ...(projectId && { project: projectId }) };
}
