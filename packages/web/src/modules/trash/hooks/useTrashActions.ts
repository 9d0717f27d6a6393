import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { TrashType } from '../../../generated/graphql';
import { kindOfTrashType } from '../../../app/records/recordKinds';
import { DELETE_MUTATIONS, RESTORE_MUTATIONS } from './recordMutations';

/** Lists that may now hold the record, or no longer, are asked again when shown; so is the trash. */
function forgetLists(cache: ApolloCache, type: TrashType) {
  for (const fieldName of [...kindOfTrashType(type).lists, 'trash']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

interface Answer {
  id: string;
  version: number;
  deletedAt?: string | null;
}

/** Moves a record of any kind to the trash, or brings it back; the record's page shows its new state. */
export function useTrashActions() {
  const client = useApolloClient();
  const moveToTrash = useCallback(
    async (type: TrashType, id: string, version?: number) => {
      const { data } = await client.mutate({
        mutation: DELETE_MUTATIONS[type] as (typeof DELETE_MUTATIONS)['ORGANIZATION'],
        variables: { input: { id, version } },
        update: (cache) => forgetLists(cache, type),
      });
      return Object.values(data ?? {})[0] as Answer;
    },
    [client],
  );
  const restore = useCallback(
    async (type: TrashType, id: string) => {
      const { data } = await client.mutate({
        mutation: RESTORE_MUTATIONS[type] as (typeof RESTORE_MUTATIONS)['ORGANIZATION'],
        variables: { input: { id } },
        update: (cache) => forgetLists(cache, type),
      });
      return Object.values(data ?? {})[0] as Answer;
    },
    [client],
  );
  return { moveToTrash, restore };
}
