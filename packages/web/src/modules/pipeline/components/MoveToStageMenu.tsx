import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconArrowsRightLeft, IconCheck } from '@tabler/icons-react';
import type { BoardStage } from '../boardTypes';

export interface MoveToStageMenuProps {
  /** The record's name, for the button's label. */
  title: string;
  stageId: string;
  stages: BoardStage[];
  onMove(stageId: string): void;
}

/** "Move to stage…": the way to another stage without dragging, one item a stage. */
export function MoveToStageMenu({ title, stageId, stages, onMove }: MoveToStageMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label="Move to stage…" openDelay={400}>
          <ActionIcon variant="subtle" size="sm" aria-label={`Move “${title}” to stage…`}>
            <IconArrowsRightLeft size={14} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to stage</Menu.Label>
        {stages.map((stage) => {
          const current = stage.id === stageId;
          return (
            <Menu.Item
              key={stage.id}
              disabled={current}
              leftSection={current ? <IconCheck size={14} aria-hidden /> : undefined}
              onClick={() => onMove(stage.id)}
            >
              {current ? `${stage.name} (now)` : stage.name}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
