import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Group, Paper } from '@mantine/core';
import { useMemo, useState } from 'react';
import { boardAnnouncements, boardInstructions, cardOf } from '../boardAnnouncements';
import { KeyboardColumns } from '../boardKeyboard';
import { columnsOf } from '../boardLabels';
import type { BoardCard as Card, BoardStage, BoardWording, ValueFormat } from '../boardTypes';
import { BoardCardFace } from './BoardCard';
import { BoardColumn } from './BoardColumn';

export interface PipelineBoardProps {
  /** The pipeline's stages, in order: one column each. */
  stages: BoardStage[];
  cards: Card[];
  wording: BoardWording;
  formatValue: ValueFormat;
  cardPath(card: Card): string;
  /** Moves a card to another stage; absent for those who may not change them. */
  onMove?(card: Card, stageId: string): void;
  /** Each stage's count and value as the server counts them, while not every card is loaded. */
  totals?: ReadonlyMap<string, { count: number; value: number }>;
}

/**
 * The kanban of one pipeline. Cards are dragged by pointer or keyboard (dnd-kit's keyboard sensor,
 * column by column) and what happens is announced to screen readers in the board's own words.
 */
export function PipelineBoard({ stages, cards, wording, formatValue, cardPath, onMove, totals }: PipelineBoardProps) {
  const [keyboard] = useState(() => new KeyboardColumns());
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(stages, wording),
      screenReaderInstructions: boardInstructions(wording),
    }),
    [stages, wording],
  );
  const columns = useMemo(() => columnsOf(stages, cards), [stages, cards]);
  const [dragged, setDragged] = useState<Card | null>(null);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const card = cardOf(active) ?? null;
    keyboard.begin(
      stages.map((stage) => stage.id),
      card && activatorEvent instanceof KeyboardEvent ? card.stageId : null,
    );
    setDragged(card);
  };
  const finish = () => {
    keyboard.end();
    setDragged(null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    finish();
    const card = cardOf(active);
    if (card && over && over.id !== card.stageId) onMove?.(card, String(over.id));
  };
  const draggedStage = dragged && stages.find((stage) => stage.id === dragged.stageId);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={keyboard.collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragCancel={finish}
      onDragEnd={onDragEnd}
    >
      <Group align="stretch" gap="sm" wrap="nowrap" style={{ overflowX: 'auto' }} pb="xs">
        {columns.map((column) => (
          <BoardColumn
            key={column.stage.id}
            stage={column.stage}
            cards={column.cards}
            count={totals?.get(column.stage.id)?.count ?? column.cards.length}
            total={totals?.get(column.stage.id)?.value ?? column.total}
            stages={stages}
            wording={wording}
            formatValue={formatValue}
            cardPath={cardPath}
            onMove={onMove}
          />
        ))}
      </Group>
      <DragOverlay>
        {dragged && draggedStage && (
          <Paper withBorder shadow="md" p="xs" radius="sm" w={264}>
            <BoardCardFace card={dragged} stage={draggedStage} formatValue={formatValue} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
