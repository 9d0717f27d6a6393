import type { TagRecordsInput } from '../../generated/graphql';

/**
 * Records picked for a bulk action, by kind, as the bulk mutations take them:
 * `{ organizationIds: ['…'] }`, `{ contactIds: ['…'] }` …
 */
export type RecordSelection = Omit<TagRecordsInput, 'tagId'>;

type SelectionKey = keyof RecordSelection;

/** Each kind of the selection: its `__typename` in the cache and the list query fields that show it. */
export const SELECTION_KINDS: Record<SelectionKey, { typename: string; lists: string[]; noun: [string, string] }> = {
  organizationIds: { typename: 'Organization', lists: ['organizations'], noun: ['organization', 'organizations'] },
  contactIds: { typename: 'Contact', lists: ['contacts'], noun: ['contact', 'contacts'] },
  projectIds: { typename: 'Project', lists: ['projects'], noun: ['project', 'projects'] },
  activityIds: { typename: 'Activity', lists: ['activities'], noun: ['activity', 'activities'] },
  documentIds: { typename: 'Document', lists: ['documents'], noun: ['document', 'documents'] },
  needIds: { typename: 'Need', lists: ['needs'], noun: ['need', 'needs'] },
};

/** Each kind present in the selection, with its ids. */
export function selectionEntries(selection: RecordSelection) {
  return (Object.keys(SELECTION_KINDS) as SelectionKey[])
    .map((key) => ({ key, ids: selection[key] ?? [], ...SELECTION_KINDS[key] }))
    .filter((entry) => entry.ids.length > 0);
}

/** How many records the selection holds. */
export function selectionSize(selection: RecordSelection) {
  return selectionEntries(selection).reduce((sum, entry) => sum + entry.ids.length, 0);
}

/** "3 contacts", "1 organization", "5 records" when kinds are mixed. */
export function describeCount(selection: RecordSelection, count = selectionSize(selection)) {
  const entries = selectionEntries(selection);
  const [singular, plural] = entries.length === 1 ? entries[0]!.noun : ['record', 'records'];
  return `${count} ${count === 1 ? singular : plural}`;
}
