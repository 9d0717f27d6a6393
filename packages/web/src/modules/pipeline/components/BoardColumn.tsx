import { useDroppable } from '@dnd-kit/core';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { countOf } from '../boardLabels';
import type { BoardCard as Card, BoardStage, BoardWording, ValueFormat } from '../boardTypes';
import { BoardCard } from './BoardCard';

export interface BoardColumnProps {
  stage: BoardStage;
  cards: Card[];
  /** How many it holds (more than `cards` while they load). */
  count: number;
  total: number;
  stages: BoardStage[];
  wording: BoardWording;
  formatValue: ValueFormat;
  cardPath(card: Card): string;
  onMove?(card: Card, stageId: string): void;
}

const CARD_HEIGHT = 112;
const GAP = 8;

/**
 * One stage: its name, how many records it holds and their expected value, and its cards. Only
 * the cards in view are drawn, so a column of thousands scrolls as one of ten.
 */
export function BoardColumn({
  stage,
  cards,
  count,
  total,
  stages,
  wording,
  formatValue,
  cardPath,
  onMove,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser redraws on scroll through its own state: this component is rightly not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: (index) => cards[index]!.id,
    gap: GAP,
    overscan: 4,
    // Before the column is measured (and where nothing is, as in tests), a column's usual size.
    initialRect: { width: 280, height: 640 },
  });
  const headingId = `stage-${stage.id}`;

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-stage-id={stage.id}
      withBorder
      radius="md"
      p="xs"
      bg={isOver ? 'blue.0' : 'gray.0'}
      style={{
        flex: '0 0 280px',
        display: 'flex',
        flexDirection: 'column',
        outline: isOver ? '2px solid var(--mantine-color-blue-6)' : undefined,
      }}
    >
      <Stack gap={0} mb="xs">
        <Title order={2} size="h5" id={headingId}>
          {stage.name}
        </Title>
        <Text size="xs" c="dimmed" data-testid="column-totals">
          {countOf(count, wording)} · {formatValue(total)}
        </Text>
      </Stack>
      <div
        ref={scroller}
        role="list"
        aria-label={`${stage.name}: ${countOf(count, wording)}`}
        style={{ overflowY: 'auto', height: 'calc(100vh - 300px)', minHeight: 240, contain: 'strict' }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const card = cards[item.index]!;
            return (
              <div
                key={item.key}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                <BoardCard
                  card={card}
                  stage={stage}
                  stages={stages}
                  wording={wording}
                  formatValue={formatValue}
                  cardPath={cardPath}
                  onMove={onMove}
                />
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
