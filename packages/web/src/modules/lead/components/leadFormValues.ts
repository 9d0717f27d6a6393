import type {
  CreateLeadInput,
  LeadForm_LeadFragment,
  LeadSource,
  LeadStatus,
  UpdateLeadInput,
  Visibility,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';
import { VISIBILITY_LABELS } from '../../activity/activityLabels';
import { LEAD_SOURCE_LABELS, LEAD_STATUS_LABELS } from '../leadLabels';

/** What the form edits. */
export interface LeadFormValues {
  name: string;
  organizationName: string;
  email: string;
  country: string | null;
  source: LeadSource;
  status: LeadStatus;
  interest: string;
  notes: string;
  ownerId: string | null;
  visibility: Visibility;
  teamId: string | null;
  /** The version the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const LEAD_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  organizationName: 'Organization',
  email: 'Email',
  country: 'Country',
  source: 'Source',
  status: 'Status',
  interest: 'Interest',
  notes: 'Notes',
  ownerId: 'Owner',
  visibility: 'Visible to',
  teamId: 'Team',
};

/** The fields the conflict dialog compares. */
export const LEAD_CONFLICT_FIELDS: ConflictFieldSpec<LeadFormValues>[] = [
  { key: 'name', label: 'Name' },
  { key: 'organizationName', label: 'Organization' },
  { key: 'email', label: 'Email' },
  { key: 'country', label: 'Country' },
  { key: 'source', label: 'Source', format: (v) => LEAD_SOURCE_LABELS[v] ?? '—' },
  { key: 'status', label: 'Status', format: (v) => LEAD_STATUS_LABELS[v] ?? '—' },
  { key: 'interest', label: 'Interest' },
  { key: 'notes', label: 'Notes' },
  { key: 'visibility', label: 'Visible to', format: (v) => VISIBILITY_LABELS[v] ?? '—' },
];

export function formValuesOf(lead?: LeadForm_LeadFragment | null): LeadFormValues {
  return {
    name: lead?.name ?? '',
    organizationName: lead?.organizationName ?? '',
    email: lead?.email ?? '',
    country: lead?.country ?? null,
    source: lead?.source ?? 'OTHER',
    status: lead?.status ?? 'NEW',
    interest: lead?.interest ?? '',
    notes: lead?.notes ?? '',
    ownerId: lead?.owner?.id ?? null,
    visibility: lead?.visibility ?? 'EVERYONE',
    teamId: lead?.team?.id ?? null,
    baseVersion: lead?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input of createLead. */
export function toCreateInput(values: LeadFormValues): CreateLeadInput {
  return {
    name: values.name.trim(),
    organizationName: blankToNull(values.organizationName),
    email: blankToNull(values.email),
    country: values.country,
    source: values.source,
    status: values.status,
    interest: values.interest,
    notes: values.notes,
    visibility: values.visibility,
    teamId: values.teamId,
    ...(values.ownerId && { ownerId: values.ownerId }),
  };
}

/** The input of updateLead: every field, or the notes alone once the lead is converted. */
export function toUpdateInput(id: string, values: LeadFormValues, converted: boolean): UpdateLeadInput {
  const base = { id, version: values.baseVersion! };
  if (converted) return { ...base, notes: values.notes };
  // A disqualified lead keeps its status unless another is chosen: its reason goes with it.
  const { status, ...rest } = toCreateInput(values);
  return { ...base, ...rest, ...(status !== 'DISQUALIFIED' && { status }) };
}
