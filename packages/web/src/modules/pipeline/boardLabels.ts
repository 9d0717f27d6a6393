import dayjs from 'dayjs';
import type { BoardCard, BoardStage, BoardWording } from './boardTypes';

export const ENGAGEMENT_WORDING: BoardWording = { singular: 'engagement', plural: 'engagements' };
export const OPPORTUNITY_WORDING: BoardWording = { singular: 'opportunity', plural: 'opportunities' };

/** "Engagement" from "engagement". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "1 engagement", "12 engagements". */
export function countOf(count: number, wording: BoardWording): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? wording.singular : wording.plural}`;
}

/** Whole days since the card entered its stage (0 on the day it moved). */
export function daysInStage(card: Pick<BoardCard, 'stageEnteredAt'>, now: dayjs.Dayjs = dayjs()): number {
  return Math.max(0, now.diff(dayjs(card.stageEnteredAt), 'day'));
}

/** "today", "1 day", "12 days". */
export function ageLabel(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days.toLocaleString('en-GB')} days`;
}

/** Whether the card has stayed in its stage longer than the stage's rotting age. */
export function isRotting(card: Pick<BoardCard, 'stageEnteredAt'>, stage: BoardStage, now?: dayjs.Dayjs): boolean {
  return stage.rottingDays !== null && daysInStage(card, now) > stage.rottingDays;
}

const latestFirst = (a: BoardCard, b: BoardCard) =>
  dayjs(b.stageEnteredAt).valueOf() - dayjs(a.stageEnteredAt).valueOf();

/**
 * The cards of each stage, the latest to enter it first (a card just moved shows at the top of its
 * new column), and their count and total expected value.
 */
export function columnsOf(stages: BoardStage[], cards: BoardCard[]) {
  const byStage = new Map(stages.map((stage) => [stage.id, [] as BoardCard[]]));
  for (const card of cards) byStage.get(card.stageId)?.push(card);
  return stages.map((stage) => {
    const stageCards = (byStage.get(stage.id) ?? []).sort(latestFirst);
    const total = stageCards.reduce((sum, card) => sum + (card.expectedValue ?? 0), 0);
    return { stage, cards: stageCards, total };
  });
}
