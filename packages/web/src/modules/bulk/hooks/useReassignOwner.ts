import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import { selectionEntries, type RecordSelection } from '../recordSelection';

export const ReassignOwnerMutation = graphql(`
  mutation ReassignOwner($input: ReassignOwnerInput!) {
    reassignOwner(input: $input)
  }
`);

/**
 * Gives a selection of records of any kinds to another owner. The records' `owner` in the cache points
 * at the new owner when the cache knows that user; lists of those kinds are refetched (owner filters).
 * Answers how many records changed hands.
 */
export function useReassignOwner() {
  const [mutate, state] = useMutation(ReassignOwnerMutation);
  const reassign = useCallback(
    async (ownerId: string, selection: RecordSelection) => {
      const { data } = await mutate({
        variables: { input: { ...selection, ownerId } },
        update(cache) {
          const ownerRef = cache.identify({ __typename: 'User', id: ownerId });
          for (const entry of selectionEntries(selection)) {
            for (const id of entry.ids) {
              cache.modify({
                id: cache.identify({ __typename: entry.typename, id }),
                fields: {
                  owner: (existing, { toReference, DELETE }) =>
                    ownerRef ? (toReference(ownerRef) ?? DELETE) : existing,
                  // The server counted the reassignment as a change: the next edit needs the new version.
                  version: (_existing, { DELETE }) => DELETE,
                },
              });
            }
            for (const list of entry.lists) cache.evict({ id: 'ROOT_QUERY', fieldName: list });
          }
          cache.gc();
        },
      });
      return data?.reassignOwner ?? 0;
    },
    [mutate],
  );
  return [reassign, state] as const;
}
