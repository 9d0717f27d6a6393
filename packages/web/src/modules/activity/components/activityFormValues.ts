import dayjs from 'dayjs';
import type {
  ActivityForm_ActivityFragment,
  ActivityKind,
  ActivityStatus,
  CreateActivityInput,
  UpdateActivityInput,
  Visibility,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, VISIBILITY_LABELS } from '../activityLabels';
import type { ConcernedRecord } from '../activityRecords';

/** What the form edits; dates as `datetime-local` inputs hold them (`2026-11-23T14:30`), empty for none. */
export interface ActivityFormValues {
  kind: ActivityKind | null;
  subject: string;
  status: ActivityStatus;
  startsAt: string;
  endsAt: string;
  dueAt: string;
  location: string;
  ownerId: string | null;
  visibility: Visibility;
  description: string;
  outcome: string;
  /** New activities only: what it concerns and who takes part (the detail page edits them later). */
  concerns: ConcernedRecord[];
  participantContacts: ConcernedRecord[];
  participantUserIds: string[];
  /** The version the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries and the conflict dialog. */
export const ACTIVITY_FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  subject: 'Subject',
  status: 'Status',
  startsAt: 'Starts',
  endsAt: 'Ends',
  dueAt: 'Due',
  location: 'Location',
  ownerId: 'Owner',
  visibility: 'Visible to',
  description: 'Notes',
  outcome: 'Outcome',
  concerns: 'Concerns',
  participantContacts: 'Contacts taking part',
  participantUserIds: 'Colleagues taking part',
};

/** A time as a `datetime-local` input shows it, in the browser's zone. */
export const toLocalInput = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '');
const fromLocalInput = (local: string) => (local ? dayjs(local).toISOString() : null);
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function formValuesOf(
  activity?: ActivityForm_ActivityFragment | null,
  defaults: Partial<ActivityFormValues> = {},
): ActivityFormValues {
  return {
    kind: activity?.kind ?? null,
    subject: activity?.subject ?? '',
    status: activity?.status ?? 'PLANNED',
    startsAt: toLocalInput(activity?.startsAt),
    endsAt: toLocalInput(activity?.endsAt),
    dueAt: toLocalInput(activity?.dueAt),
    location: activity?.location ?? '',
    ownerId: activity?.owner?.id ?? null,
    visibility: activity?.visibility ?? 'EVERYONE',
    description: activity?.description ?? '',
    outcome: activity?.outcome ?? '',
    concerns: [],
    participantContacts: [],
    participantUserIds: [],
    baseVersion: activity?.version ?? null,
    ...defaults,
  };
}

/** The fields both create and update send; every one, so that a cleared field is cleared on the server too. */
function fieldsOf(values: ActivityFormValues) {
  return {
    kind: values.kind!,
    subject: values.subject.trim(),
    status: values.status,
    startsAt: fromLocalInput(values.startsAt),
    endsAt: fromLocalInput(values.endsAt),
    dueAt: fromLocalInput(values.dueAt),
    location: blankToNull(values.location),
    visibility: values.visibility,
    description: blankToNull(values.description),
    outcome: blankToNull(values.outcome),
  };
}

const idsOf = (records: ConcernedRecord[], kind: ConcernedRecord['kind']) =>
  records.filter((record) => record.kind === kind).map((record) => record.id);

/** The input of createActivity (the kind is checked by the form before). */
export function toCreateInput(values: ActivityFormValues): CreateActivityInput {
  const organizationIds = idsOf(values.concerns, 'ORGANIZATION');
  const contactIds = idsOf(values.concerns, 'CONTACT');
  const projectIds = idsOf(values.concerns, 'PROJECT');
  return {
    ...fieldsOf(values),
    ...(values.ownerId && { ownerId: values.ownerId }),
    ...(values.concerns.length > 0 && {
      concerns: {
        ...(organizationIds.length > 0 && { organizationIds }),
        ...(contactIds.length > 0 && { contactIds }),
        ...(projectIds.length > 0 && { projectIds }),
      },
    }),
    ...(values.participantContacts.length > 0 && {
      participantContactIds: values.participantContacts.map((contact) => contact.id),
    }),
    ...(values.participantUserIds.length > 0 && { participantUserIds: values.participantUserIds }),
  };
}

export function toUpdateInput(id: string, values: ActivityFormValues): UpdateActivityInput {
  return {
    id,
    version: values.baseVersion!,
    ...fieldsOf(values),
    ...(values.ownerId && { ownerId: values.ownerId }),
  };
}

/** Server messages keyed by input field, beside the form's fields. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const key = field.startsWith('concerns')
      ? 'concerns'
      : field === 'participantContactIds'
        ? 'participantContacts'
        : field;
    errors[key] ??= message;
  }
  return errors;
}

const when = (value: unknown) => (value ? dayjs(value as string).format('D MMM YYYY, HH:mm') : '—');

/** The fields the conflict dialog compares, said as the form says them. */
export const ACTIVITY_CONFLICT_FIELDS: ConflictFieldSpec<ActivityFormValues>[] = [
  { key: 'kind', label: 'Kind', format: (value) => (value ? ACTIVITY_KIND_LABELS[value as ActivityKind] : '—') },
  { key: 'subject', label: 'Subject' },
  { key: 'status', label: 'Status', format: (value) => ACTIVITY_STATUS_LABELS[value as ActivityStatus] },
  { key: 'startsAt', label: 'Starts', format: when },
  { key: 'endsAt', label: 'Ends', format: when },
  { key: 'dueAt', label: 'Due', format: when },
  { key: 'location', label: 'Location' },
  { key: 'ownerId', label: 'Owner' },
  { key: 'visibility', label: 'Visible to', format: (value) => VISIBILITY_LABELS[value as Visibility] },
  { key: 'description', label: 'Notes' },
  { key: 'outcome', label: 'Outcome' },
];
