import { useCallback, useMemo, useState } from 'react';
import type { BoardCard } from '../boardTypes';

/** Saves a move; resolves once the server answered (the cache then holds the new stage), rejects on a refusal. */
export type SaveMove = (card: BoardCard, stageId: string) => Promise<unknown>;

/**
 * Cards shown in the stage they are being moved to while the move is saved, and back where they
 * were when it fails: the board answers at once and never shows a move the server refused.
 */
export function useOptimisticMoves(cards: BoardCard[], save: SaveMove) {
  const [moving, setMoving] = useState<ReadonlyMap<string, { stageId: string; at: string }>>(new Map());

  const shown = useMemo(
    () =>
      moving.size === 0
        ? cards
        : cards.map((card) => {
            const move = moving.get(card.id);
            return move ? { ...card, stageId: move.stageId, stageEnteredAt: move.at } : card;
          }),
    [cards, moving],
  );

  const move = useCallback(
    async (card: BoardCard, stageId: string) => {
      const settle = () =>
        setMoving((current) => {
          const next = new Map(current);
          next.delete(card.id);
          return next;
        });
      setMoving((current) => new Map(current).set(card.id, { stageId, at: new Date().toISOString() }));
      try {
        await save(card, stageId);
      } catch {
        // The refusal was said by `save`; the card goes back.
      } finally {
        settle();
      }
    },
    [save],
  );

  return { cards: shown, move };
}
