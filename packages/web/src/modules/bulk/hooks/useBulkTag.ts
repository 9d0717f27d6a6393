import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import { selectionEntries, type RecordSelection } from '../recordSelection';

export const BulkTagMutation = graphql(`
  mutation BulkTag($input: TagRecordsInput!) {
    tagRecords(input: $input) {
      count
      tag {
        id
        label
      }
    }
  }
`);

const BulkUntagMutation = graphql(`
  mutation BulkUntag($input: TagRecordsInput!) {
    untagRecords(input: $input) {
      count
      tag {
        id
        label
      }
    }
  }
`);

type TagMode = 'add' | 'remove';

/** The records' `tags` gain (or lose) the tag; lists of those kinds are dropped, their tag filters may differ. */
function updateCache(
  cache: ApolloCache,
  mode: TagMode,
  tag: { id: string; label: string } | undefined,
  selection: RecordSelection,
) {
  if (!tag) return;
  const tagObject = { __typename: 'Tag' as const, ...tag };
  const tagRef = cache.identify(tagObject);
  for (const entry of selectionEntries(selection)) {
    for (const id of entry.ids) {
      cache.modify({
        id: cache.identify({ __typename: entry.typename, id }),
        fields: {
          tags(existing: readonly Reference[], { readField, toReference }) {
            if (mode === 'remove') return existing.filter((ref) => cache.identify(ref) !== tagRef);
            if (existing.some((ref) => cache.identify(ref) === tagRef)) return existing;
            return [...existing, toReference(tagObject, true)!].sort((a, b) =>
              String(readField('label', a)).localeCompare(String(readField('label', b))),
            );
          },
        },
      });
    }
    for (const list of entry.lists) cache.evict({ id: 'ROOT_QUERY', fieldName: list });
  }
  cache.gc();
}

/**
 * Puts tags on (or takes them off) a selection of records of any kinds, one tag after the other.
 * Answers how many records changed, summed over the tags.
 */
export function useBulkTag() {
  const [tagRecords, tagState] = useMutation(BulkTagMutation);
  const [untagRecords, untagState] = useMutation(BulkUntagMutation);
  const apply = useCallback(
    async (mode: TagMode, tagIds: string[], selection: RecordSelection) => {
      let changed = 0;
      for (const tagId of tagIds) {
        const variables = { input: { ...selection, tagId } };
        if (mode === 'add') {
          const { data } = await tagRecords({
            variables,
            update: (cache, { data }) => updateCache(cache, mode, data?.tagRecords.tag, selection),
          });
          changed += data?.tagRecords.count ?? 0;
        } else {
          const { data } = await untagRecords({
            variables,
            update: (cache, { data }) => updateCache(cache, mode, data?.untagRecords.tag, selection),
          });
          changed += data?.untagRecords.count ?? 0;
        }
      }
      return changed;
    },
    [tagRecords, untagRecords],
  );
  const { reset: resetTag } = tagState;
  const { reset: resetUntag } = untagState;
  const reset = useCallback(() => {
    resetTag();
    resetUntag();
  }, [resetTag, resetUntag]);
  return [
    apply,
    { loading: tagState.loading || untagState.loading, error: tagState.error ?? untagState.error, reset },
  ] as const;
}
