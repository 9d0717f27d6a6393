import dayjs from 'dayjs';
import { kindsWith } from '../../app/records/recordKinds';
import type { ChangeAction } from '../../generated/graphql';

/** What the server says of the records a change names: their titles, null when hidden or gone. */
export interface ChangeRecordTitle {
  id: string;
  title?: string | null;
}

/** Titles by id; a record the viewer may not see is never named. */
export type Titles = ReadonlyMap<string, string | null>;

const HIDDEN_RECORD = 'a hidden record';

export function titlesOf(records: readonly ChangeRecordTitle[] | null | undefined): Titles {
  return new Map((records ?? []).map((record) => [record.id, record.title ?? null]));
}

type Value = Record<string, unknown>;
type Diff = Record<string, { before?: unknown; after?: unknown } | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as its record's title; "a hidden record" when the server gave none. */
export function titleFor(titles: Titles, id: unknown): string {
  if (typeof id !== 'string') return HIDDEN_RECORD;
  return titles.get(id) ?? HIDDEN_RECORD;
}

/** A value of a diff that may be an id, as words. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "Sept 2011": the month and year of a date of a link. */
function monthYear(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const date = dayjs(value);
  return date.isValid() ? `${MONTHS_SHORT[date.month()]} ${date.year()}` : null;
}

/** "PROJECT_LEAD" → "project lead". */
const words = (value: unknown) => (typeof value === 'string' ? value.replace(/_/g, ' ').toLowerCase() : '');

/** ", since Sept 2011, until June 2014" (or nothing). */
function period(value: Value): string {
  const since = monthYear(value.since);
  const until = monthYear(value.until);
  return `${since ? `, since ${since}` : ''}${until ? `, until ${until}` : ''}`;
}

/** The other end of a polymorphic link: whichever target it names. */
function target(value: Value, titles: Titles, targets: string[]): string {
  const key = targets.find((field) => isRecordId(value[field]));
  return key ? titleFor(titles, value[key]) : HIDDEN_RECORD;
}

/** The target fields of each polymorphic link, from the record kinds: `organizationId` … */
const linkFields = (feature: 'activityLinks' | 'documentLinks' | 'taggable') =>
  kindsWith(feature).map((kind) => kind.linkField!);

interface LinkWords {
  noun: string;
  details(value: Value, titles: Titles): string;
}

/** Each kind of link of the history, by its key in the diff: its name and how it reads. */
const LINKS: Record<string, LinkWords> = {
  affiliation: {
    noun: 'Affiliation',
    details: (v, t) =>
      `${titleFor(t, v.contactId)}, ${v.role ? `${String(v.role)} at` : 'at'} ${titleFor(t, v.organizationId)}${period(v)}`,
  },
  projectContact: {
    noun: 'Project contact',
    details: (v, t) =>
      `${titleFor(t, v.contactId)}, ${v.role ? `${words(v.role)} in` : 'in'} ${titleFor(t, v.projectId)}${period(v)}`,
  },
  projectOrganization: {
    noun: 'Project organization',
    details: (v, t) =>
      `${titleFor(t, v.organizationId)}, ${v.role ? `${words(v.role)} in` : 'in'} ${titleFor(t, v.projectId)}${period(v)}`,
  },
  activityLink: {
    noun: 'Activity',
    details: (v, t) => `“${titleFor(t, v.activityId)}” concerning ${target(v, t, linkFields('activityLinks'))}`,
  },
  activityContact: {
    noun: 'Participant',
    details: (v, t) => `${titleFor(t, v.contactId)} in “${titleFor(t, v.activityId)}”`,
  },
  activityUser: {
    noun: 'Participant',
    details: (v, t) => `${titleFor(t, v.userId)} in “${titleFor(t, v.activityId)}”`,
  },
  documentLink: {
    noun: 'Document',
    details: (v, t) => `“${titleFor(t, v.documentId)}” attached to ${target(v, t, linkFields('documentLinks'))}`,
  },
  tagging: {
    noun: 'Tag',
    details: (v, t) =>
      `“${typeof v.label === 'string' ? v.label : titleFor(t, v.tagId)}” on ${target(v, t, linkFields('taggable'))}`,
  },
  membership: {
    noun: 'Team membership',
    details: (v, t) => `${titleFor(t, v.userId)} in ${titleFor(t, v.teamId)}${v.role ? ` as ${words(v.role)}` : ''}`,
  },
};

const isValue = (value: unknown): value is Value =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Whether a diff is about links (every key is a kind of link). */
export function isLinkDiff(diff: unknown): boolean {
  const keys = Object.keys((diff ?? {}) as object);
  return keys.length > 0 && keys.every((key) => key in LINKS);
}

/**
 * A link made, removed or changed, as a sentence: "Affiliation added: Eli Farrell, PhD candidate
 * at University of Edinburgh, since Sept 2011". A revert reads as what it did to the link.
 */
export function linkSentence(action: ChangeAction, diff: unknown, titles: Titles): string {
  const [key, pair] = Object.entries((diff ?? {}) as Diff)[0] ?? ['link', undefined];
  const words = LINKS[key];
  const before = isValue(pair?.before) ? pair.before : null;
  const after = isValue(pair?.after) ? pair.after : null;
  const done =
    action === 'UNLINK' || (action === 'REVERT' && before && !after)
      ? 'removed'
      : action === 'UPDATE' || (action === 'REVERT' && before && after)
        ? 'changed'
        : 'added';
  if (!words) return `Link ${done}`;
  const value = after ?? before;
  return value ? `${words.noun} ${done}: ${words.details(value, titles)}` : `${words.noun} ${done}`;
}

const FIELD_NAMES: Record<string, string> = {
  parentId: 'part of',
  ownerId: 'owner',
  teamId: 'team',
  website: 'web site',
  deletedAt: 'trash',
};

/** `firstName` → "first name", `parentId` → "part of". */
function fieldName(field: string): string {
  return (
    FIELD_NAMES[field] ??
    field
      .replace(/Id(s?)$/, '$1')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
  );
}

/** A value of a changed field, in a few words: an id as its record's title. */
function fieldValue(value: unknown, titles: Titles): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (isRecordId(value)) return titleFor(titles, value);
  if (Array.isArray(value)) return value.length ? value.map((item) => fieldValue(item, titles)).join(', ') : 'nothing';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return dayjs(value).format('D MMM YYYY, HH:mm');
  if (typeof value === 'object') return '…';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const SKIPPED = new Set(['version', 'updatedAt']);

/** "city Padua → Geneva; part of Physics Department" for at most three fields, then "and 2 more". */
function fieldChanges(diff: Diff, titles: Titles): string {
  const entries = Object.entries(diff).filter(([key]) => !SKIPPED.has(key));
  const shown = entries.slice(0, 3).map(([key, pair]) => {
    const before = pair?.before;
    const after = pair?.after;
    const name = fieldName(key);
    if (before === null || before === undefined || before === '') return `${name} set to ${fieldValue(after, titles)}`;
    if (after === null || after === undefined || after === '') return `${name} cleared`;
    return `${name} ${fieldValue(before, titles)} → ${fieldValue(after, titles)}`;
  });
  const more = entries.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** The name in a snapshot of a record: an organization's name, a contact's first and last name. */
function snapshotName(value: unknown): string | null {
  if (!isValue(value)) return null;
  if (typeof value.name === 'string') return value.name;
  const name = [value.firstName, value.lastName].filter((part) => typeof part === 'string').join(' ');
  return name || (typeof value.title === 'string' ? value.title : null);
}

/**
 * A change of the record itself, as a sentence: "Changed: city Padua → Geneva", "Moved to the
 * trash", "Merged into CERN", "Undone: city Geneva → Padua".
 */
export function changeSentence(action: ChangeAction, diff: unknown, titles: Titles): string {
  const entries = (diff ?? {}) as Diff;
  switch (action) {
    case 'CREATE':
      return 'Recorded';
    case 'UPDATE': {
      if (isLinkDiff(entries)) return linkSentence(action, entries, titles);
      const changes = fieldChanges(entries, titles);
      return changes ? `Changed: ${changes}` : 'Changed';
    }
    case 'DELETE':
      return 'Moved to the trash';
    case 'RESTORE':
      return 'Restored from the trash';
    case 'MERGE': {
      if (entries.mergedInto) return `Merged into ${titleFor(titles, entries.mergedInto.after)}`;
      const duplicate = snapshotName(entries.duplicate?.after);
      return duplicate ? `Merged with a duplicate: ${duplicate}` : 'Merged with a duplicate';
    }
    case 'REVERT': {
      if (isLinkDiff(entries)) return `Undone: ${linkSentence('REVERT', entries, titles)}`;
      const keys = Object.keys(entries);
      if (keys.length === 1 && keys[0] === 'deletedAt')
        return entries.deletedAt?.after ? 'Undone: moved back to the trash' : 'Undone: restored from the trash';
      const changes = fieldChanges(entries, titles);
      return changes ? `Undone: ${changes}` : 'An earlier change was undone';
    }
    case 'LINK':
    case 'UNLINK':
      return linkSentence(action, entries, titles);
    case 'ERASE':
      return 'Personal data erased on request';
    case 'EXPORT':
      return 'Personal data exported on request';
    default:
      return 'Changed';
  }
}
