import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import { capitalized } from './boardLabels';
import type { BoardCard, BoardStage, BoardWording } from './boardTypes';

/** What a draggable card carries, so that announcements and drops know the record. */
export interface CardDragData {
  card: BoardCard;
}

export const cardOf = (active: Active | null): BoardCard | undefined =>
  (active?.data.current as CardDragData | undefined)?.card;

export function boardInstructions(wording: BoardWording): ScreenReaderInstructions {
  return {
    draggable:
      `To move this ${wording.singular} to another stage, press Space to pick it up, ` +
      'the left and right arrows to choose the stage, Space again to drop it there, or Escape to cancel.',
  };
}

/** What a screen reader hears while a card is moved, in the board's own words. */
export function boardAnnouncements(stages: BoardStage[], wording: BoardWording): Announcements {
  const nameOf = (id: string | number | undefined) => stages.find((stage) => stage.id === id)?.name ?? 'no stage';
  const noun = capitalized(wording.singular);
  const label = (card: BoardCard) => `${noun} ${card.title}`;
  const said = (active: Active, over: Over | null, what: (card: BoardCard, target: string) => string) => {
    const card = cardOf(active);
    return card ? what(card, over ? nameOf(over.id) : '') : undefined;
  };
  // The stage last announced: the drag starts over the card's own stage, which "picked up" said.
  let lastOver: string | number | null = null;
  return {
    onDragStart: ({ active }) => {
      const card = cardOf(active);
      lastOver = card?.stageId ?? null;
      return card ? `Picked up ${wording.singular} ${card.title} in stage ${nameOf(card.stageId)}.` : undefined;
    },
    onDragOver: ({ active, over }) => {
      if ((over?.id ?? null) === lastOver) return undefined;
      lastOver = over?.id ?? null;
      return said(active, over, (card, target) =>
        !over
          ? `${label(card)} is no longer over a stage.`
          : over.id === card.stageId
            ? `${label(card)} is back over its own stage, ${target}.`
            : `${label(card)} is over stage ${target}.`,
      );
    },
    onDragEnd: ({ active, over }) =>
      said(active, over, (card, target) =>
        !over || over.id === card.stageId
          ? `${label(card)} was dropped back in stage ${nameOf(card.stageId)}; it did not move.`
          : `${label(card)} was moved from ${nameOf(card.stageId)} to ${target}.`,
      ),
    onDragCancel: ({ active }) =>
      said(active, null, (card) => `Moving cancelled. ${label(card)} stays in stage ${nameOf(card.stageId)}.`),
  };
}
