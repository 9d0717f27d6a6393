import type {
  CreateOpportunityInput,
  OpportunityForm_OpportunityFragment,
  UpdateOpportunityInput,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';

interface Named {
  id: string;
  name: string;
}

/** What the form edits. */
export interface OpportunityFormValues {
  title: string;
  pipelineId: string | null;
  /** Its stage; a new one starts at its pipeline's first open stage when none is chosen. */
  stageId: string | null;
  /** Why the stage changes, when it does (kept in the stage history). */
  stageChangeReason: string;
  organization: Named | null;
  project: Named | null;
  /** A number, or '' when none is given. */
  expectedValue: number | string;
  /** ISO day, '' for none. */
  expectedDate: string;
  nextStep: string;
  ownerId: string | null;
  teamId: string | null;
  /** The version the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const OPPORTUNITY_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  pipelineId: 'Pipeline',
  stageId: 'Stage',
  stageChangeReason: 'Why the stage changes',
  organization: 'Organization',
  project: 'Project',
  expectedValue: 'Expected value',
  expectedDate: 'Expected date',
  nextStep: 'Next step',
  ownerId: 'Owner',
  teamId: 'Team',
};

const named = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : '—');

/** The fields the conflict dialog compares; pipelines and stages are named by `nameOf`. */
export function opportunityConflictFields(nameOf: (id: unknown) => string): ConflictFieldSpec<OpportunityFormValues>[] {
  return [
    { key: 'title', label: 'Title' },
    { key: 'pipelineId', label: 'Pipeline', format: nameOf },
    { key: 'stageId', label: 'Stage', format: nameOf },
    { key: 'organization', label: 'Organization', format: named },
    { key: 'project', label: 'Project', format: named },
    { key: 'expectedValue', label: 'Expected value' },
    { key: 'expectedDate', label: 'Expected date' },
    { key: 'nextStep', label: 'Next step' },
    { key: 'ownerId', label: 'Owner', format: nameOf },
    { key: 'teamId', label: 'Team', format: nameOf },
  ];
}

export interface NewOpportunityDefaults {
  pipelineId?: string | null;
  organization?: Named | null;
  project?: Named | null;
}

export function formValuesOf(
  opportunity?: OpportunityForm_OpportunityFragment | null,
  defaults: NewOpportunityDefaults = {},
): OpportunityFormValues {
  return {
    title: opportunity?.title ?? '',
    pipelineId: opportunity?.pipelineId ?? defaults.pipelineId ?? null,
    stageId: opportunity?.stageId ?? null,
    stageChangeReason: '',
    organization: opportunity?.organization ?? defaults.organization ?? null,
    project: opportunity?.project ?? defaults.project ?? null,
    expectedValue: opportunity?.expectedValue ?? '',
    expectedDate: opportunity?.expectedDate ?? '',
    nextStep: opportunity?.nextStep ?? '',
    ownerId: opportunity?.owner?.id ?? null,
    teamId: opportunity?.team?.id ?? null,
    baseVersion: opportunity?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const valueOf = (value: number | string) => (value === '' ? null : Number(value));

/** The input of createOpportunity (title and pipeline are checked by the form before). */
export function toCreateInput(values: OpportunityFormValues): CreateOpportunityInput {
  return {
    title: values.title.trim(),
    pipelineId: values.pipelineId!,
    ...(values.stageId && { stageId: values.stageId }),
    ...(values.organization && { organizationId: values.organization.id }),
    ...(values.project && { projectId: values.project.id }),
    expectedValue: valueOf(values.expectedValue),
    expectedDate: blankToNull(values.expectedDate),
    nextStep: blankToNull(values.nextStep),
    ...(values.ownerId && { ownerId: values.ownerId }),
    ...(values.teamId && { teamId: values.teamId }),
  };
}

/** The input of updateOpportunity: every field, with the reason when the stage changes. */
export function toUpdateInput(id: string, values: OpportunityFormValues, stageBefore: string): UpdateOpportunityInput {
  const moved = values.stageId !== null && values.stageId !== stageBefore;
  return {
    id,
    version: values.baseVersion!,
    title: values.title.trim(),
    pipelineId: values.pipelineId!,
    ...(values.stageId && { stageId: values.stageId }),
    ...(moved && blankToNull(values.stageChangeReason) && { stageChangeReason: values.stageChangeReason.trim() }),
    organizationId: values.organization?.id ?? null,
    projectId: values.project?.id ?? null,
    expectedValue: valueOf(values.expectedValue),
    expectedDate: blankToNull(values.expectedDate),
    nextStep: blankToNull(values.nextStep),
    ...(values.ownerId && { ownerId: values.ownerId }),
    ...(values.teamId && { teamId: values.teamId }),
  };
}

/** Server messages about `organizationId`, `projectId` belong beside the pickers. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const { organizationId, projectId, ...rest } = fields;
  return { ...rest, ...(organizationId && { organization: organizationId }), ...(projectId && { project: projectId }) };
}
