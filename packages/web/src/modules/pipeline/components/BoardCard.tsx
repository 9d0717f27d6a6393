import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CardDragData } from '../boardAnnouncements';
import { ageLabel, daysInStage, isRotting } from '../boardLabels';
import type { BoardCard as Card, BoardStage, BoardWording, ValueFormat } from '../boardTypes';
import { MoveToStageMenu } from './MoveToStageMenu';

export interface BoardCardFaceProps {
  card: Card;
  stage: BoardStage;
  formatValue: ValueFormat;
  /** Where its title links to; plain text when absent (the copy under the pointer while dragging). */
  cardPath?(card: Card): string;
}

/** What a card says: title (a link), organization, owner, expected value, age in stage, rotting. */
export function BoardCardFace({ card, stage, formatValue, cardPath }: BoardCardFaceProps) {
  const days = daysInStage(card);
  const rotting = isRotting(card, stage);
  return (
    <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
      {cardPath ? (
        <Anchor component={Link} to={cardPath(card)} size="sm" fw={600} lineClamp={2} draggable={false}>
          {card.title}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} lineClamp={2}>
          {card.title}
        </Text>
      )}
      {card.organizationName && (
        <Text size="xs" lineClamp={1}>
          {card.organizationName}
        </Text>
      )}
      <Group gap={6} wrap="wrap">
        {card.expectedValue !== null && (
          <Text size="xs" fw={500}>
            {formatValue(card.expectedValue)}
          </Text>
        )}
        <Text size="xs" c={rotting ? 'orange.9' : 'dimmed'}>
          {ageLabel(days)} in stage
        </Text>
        {rotting && (
          <Badge
            size="xs"
            color="orange"
            variant="light"
            title={`Longer than ${stage.rottingDays} days in ${stage.name}`}
          >
            Rotting
          </Badge>
        )}
      </Group>
      {card.ownerName && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {card.ownerName}
        </Text>
      )}
    </Stack>
  );
}

export interface BoardCardProps extends BoardCardFaceProps {
  cardPath(card: Card): string;
  stages: BoardStage[];
  wording: BoardWording;
  /** Moves it to another stage; absent for those who may not change it (no handle, no menu). */
  onMove?(card: Card, stageId: string): void;
}

/**
 * A card on the board. Editors drag it by its handle (a button: Space picks it up, the arrows
 * choose the stage, Space drops it) or use its "Move to stage…" menu.
 */
export function BoardCard({ card, stage, stages, wording, formatValue, cardPath, onMove }: BoardCardProps) {
  const data: CardDragData = { card };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: card.id,
    data,
    disabled: !onMove,
  });
  const rotting = isRotting(card, stage);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      radius="sm"
      data-card-id={card.id}
      aria-label={`${card.title}${rotting ? ', rotting' : ''}`}
      component="article"
      style={{
        opacity: isDragging ? 0.4 : undefined,
        borderLeft: rotting ? '4px solid var(--mantine-color-orange-6)' : undefined,
      }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {onMove && (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${wording.singular} ${card.title}`}
            style={{ cursor: 'grab', touchAction: 'none' }}
          >
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
        )}
        <BoardCardFace card={card} stage={stage} formatValue={formatValue} cardPath={cardPath} />
        {onMove && (
          <MoveToStageMenu
            title={card.title}
            stageId={card.stageId}
            stages={stages}
            onMove={(stageId) => onMove(card, stageId)}
          />
        )}
      </Group>
    </Paper>
  );
}
