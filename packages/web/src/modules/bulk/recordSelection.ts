import { kindsWith } from '../../app/records/recordKinds';
import type { TagRecordsInput } from '../../generated/graphql';

/**
 * Records picked for a bulk action, by kind, as the bulk mutations take them:
 * `{ organizationIds: ['…'] }`, `{ contactIds: ['…'] }` …
 */
export type RecordSelection = Omit<TagRecordsInput, 'tagId'>;

/** Each kind present in the selection (see the record kinds), with its ids. */
export function selectionEntries(selection: RecordSelection) {
  return kindsWith('selection')
    .map((kind) => ({
      key: kind.selection,
      ids: selection[kind.selection] ?? [],
      typename: kind.typename,
      lists: kind.lists,
      noun: [kind.label.toLowerCase(), kind.plural.toLowerCase()] as const,
    }))
    .filter((entry) => entry.ids.length > 0);
}

/** How many records the selection holds. */
function selectionSize(selection: RecordSelection) {
  return selectionEntries(selection).reduce((sum, entry) => sum + entry.ids.length, 0);
}

/** "3 contacts", "1 organization", "5 records" when kinds are mixed. */
export function describeCount(selection: RecordSelection, count = selectionSize(selection)) {
  const entries = selectionEntries(selection);
  const [singular, plural] = entries.length === 1 ? entries[0]!.noun : ['record', 'records'];
  return `${count} ${count === 1 ? singular : plural}`;
}
