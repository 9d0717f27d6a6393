import type { ChangeAction, TimelineItemKind } from '../../generated/graphql';

export const TIMELINE_KIND_LABELS: Record<TimelineItemKind, string> = {
  ACTIVITY: 'Activities',
  DOCUMENT: 'Documents',
  LINK: 'Links',
  CHANGE: 'Changes',
};

export const TIMELINE_KINDS = Object.keys(TIMELINE_KIND_LABELS) as TimelineItemKind[];

const CHANGE_SENTENCES: Partial<Record<ChangeAction, string>> = {
  CREATE: 'Recorded',
  DELETE: 'Moved to the trash',
  RESTORE: 'Restored from the trash',
  MERGE: 'Merged with a duplicate',
  REVERT: 'An earlier change was undone',
  ERASE: 'Personal data erased on request',
  EXPORT: 'Personal data exported on request',
};

/** How the links of the history are named, by the key of their diff. */
const LINK_NOUNS: Record<string, string> = {
  affiliation: 'affiliation',
  activityLink: 'activity',
  activityContact: 'activity participant',
  activityUser: 'activity participant',
  documentLink: 'document',
  projectContact: 'project contact',
  projectOrganization: 'project organization',
  tagging: 'tag',
};

const humanize = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/Id$/, '')
    .toLowerCase();

type Diff = Record<string, { before?: unknown; after?: unknown } | undefined>;

const labelOf = (value: unknown) =>
  value && typeof value === 'object' && 'label' in value && typeof value.label === 'string' ? value.label : null;

/** A change of the record itself, in words: "Changed name, city", "Moved to the trash". */
export function describeChange(action: ChangeAction, diff: unknown): string {
  const keys = Object.keys((diff ?? {}) as Diff).filter((key) => key !== 'version' && key !== 'updatedAt');
  if (action === 'UPDATE') return keys.length ? `Changed ${keys.map(humanize).join(', ')}` : 'Changed';
  return CHANGE_SENTENCES[action] ?? 'Changed';
}

/** A link made or removed, in words: "Tag “Physics” added", "Affiliation removed". */
export function describeLink(action: ChangeAction, diff: unknown): string {
  const entries = Object.entries((diff ?? {}) as Diff);
  const [key, values] = entries[0] ?? ['link', undefined];
  const noun = LINK_NOUNS[key] ?? humanize(key);
  const label = labelOf(values?.after) ?? labelOf(values?.before);
  const what = label ? `${noun} “${label}”` : noun;
  const sentence = what.charAt(0).toUpperCase() + what.slice(1);
  if (action === 'UNLINK') return `${sentence} removed`;
  if (action === 'UPDATE') return `${sentence} changed`;
  return `${sentence} added`;
}
