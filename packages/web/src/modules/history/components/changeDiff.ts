import dayjs from 'dayjs';

/** One field of a change: its name as a person reads it, and its values before and after, as text. */
export interface FieldDiff {
  field: string;
  label: string;
  before: string;
  after: string;
}

const LABELS: Record<string, string> = {
  parentId: 'Part of',
  ownerId: 'Owner',
  teamId: 'Team',
  website: 'Web site',
  deletedAt: 'In the trash since',
  body: 'Text',
};

/** `parentId` → "Part of", `firstName` → "First name". */
function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field
    .replace(/Id(s?)$/, '$1')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value of the diff as text: blanks as "—", lists joined, links as their fields. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : '—';
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${fieldLabel(k)}: ${valueText(v)}`)
      .join('; ');
  if (typeof value === 'string' && ISO_DATE_TIME.test(value)) return dayjs(value).format('D MMM YYYY, HH:mm');
  return String(value);
}

/** The fields of a change's `diff` (`{ name: { before, after } }`); other shapes as one line each. */
export function fieldDiffsOf(diff: Record<string, unknown>): FieldDiff[] {
  return Object.entries(diff).map(([field, change]) => {
    const pair =
      change && typeof change === 'object' && ('before' in change || 'after' in change)
        ? (change as { before?: unknown; after?: unknown })
        : { before: undefined, after: change };
    return { field, label: fieldLabel(field), before: valueText(pair.before), after: valueText(pair.after) };
  });
}
