import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { graphql } from '../../../generated';
import {
  conflictCurrentOf,
  conflictFieldsOf,
  isConflict,
  type ConflictDialogProps,
  type ConflictFieldSpec,
} from '../../../ui/conflict';
import { describeError } from '../../../ui/errors/describeError';
import type { BoardCard, BoardStage } from '../boardTypes';

export const MoveOpportunityMutation = graphql(`
  mutation MoveOpportunity($input: MoveOpportunityInput!) {
    moveOpportunity(input: $input) {
      id
      version
      stageId
      stageEnteredAt
      daysInStage
      isRotting
      lostReason
      stage {
        id
        name
      }
    }
  }
`);

interface Staged {
  stageId: string;
}

interface Pending {
  card: BoardCard;
  base: Staged;
  yours: Staged;
  theirs: Staged & { version: number };
}

/**
 * Saves a move of the board with the version the card shows. A stale version opens the conflict
 * dialog (their stage beside the one you chose); any other refusal is said in a notification.
 * Either way the returned promise rejects, so that the board puts the card back meanwhile.
 */
export function useMoveOpportunity(stages: BoardStage[]) {
  const [mutate] = useMutation(MoveOpportunityMutation);
  const client = useApolloClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const nameOf = useCallback(
    (id: string) => stages.find((stage) => stage.id === id)?.name ?? 'another stage',
    [stages],
  );

  const save = useCallback(
    async (card: BoardCard, stageId: string) => {
      try {
        await mutate({ variables: { input: { id: card.id, version: card.version, stageId } } });
      } catch (error) {
        const current = conflictCurrentOf(error);
        if (isConflict(error) && current) {
          const theirs = { stageId: String(current.stageId ?? card.stageId), version: Number(current.version) };
          setPending({ card, base: { stageId: card.stageId }, yours: { stageId }, theirs });
        } else {
          const { title, message } = describeError(error);
          notifications.show({ color: 'red', title: `“${card.title}” was not moved: ${title.toLowerCase()}`, message });
        }
        throw error;
      }
    },
    [mutate],
  );

  const fields: ConflictFieldSpec<Staged>[] = [{ key: 'stageId', label: 'Stage', format: nameOf }];
  const forget = () => {
    if (pending) client.cache.evict({ id: client.cache.identify({ __typename: 'Opportunity', id: pending.card.id }) });
    client.cache.evict({ fieldName: 'opportunities' });
    client.cache.evict({ fieldName: 'opportunityTotals' });
    client.cache.gc();
  };
  const conflictDialogProps: ConflictDialogProps = {
    opened: pending !== null,
    fields: pending ? conflictFieldsOf(fields, pending.base, pending.theirs, pending.yours) : [],
    onClose: () => setPending(null),
    onReapply: async () => {
      if (!pending) return;
      setPending(null);
      const { card, theirs, yours } = pending;
      await save({ ...card, stageId: theirs.stageId, version: theirs.version }, yours.stageId).catch(() => {});
    },
    onReload: () => {
      forget();
      setPending(null);
    },
  };
  return { save, conflictDialogProps };
}
