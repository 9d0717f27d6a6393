import type { CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { KeyboardCode, pointerWithin, rectIntersection } from '@dnd-kit/core';
import { cardOf } from './boardAnnouncements';

/**
 * Keyboard moves go column by column: the left and right arrows choose the previous or next stage
 * (the `target`), whatever the cards' sizes or the board's scroll, and the dragged card's overlay
 * jumps to that column. Pointer drags find their column under the pointer.
 */
export class KeyboardColumns {
  /** The stages in the board's order, as the drag started. */
  private stageIds: string[] = [];
  /** The stage a keyboard drag is over; null when no keyboard drag is under way. */
  private target: string | null = null;

  /** A drag starts: a keyboard one (`from` given) starts over the card's own stage. */
  begin(stageIds: string[], from: string | null) {
    this.stageIds = stageIds;
    this.target = from;
  }

  end() {
    this.target = null;
  }

  readonly coordinateGetter: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
    if (!step) return undefined;
    event.preventDefault();
    const from = this.target ?? cardOf(context.active ?? null)?.stageId ?? String(active);
    const next = this.stageIds[this.stageIds.indexOf(from) + step];
    if (!next) return undefined;
    this.target = next;
    const rect = context.droppableRects.get(next);
    // Where the column is; when it is not measured (or sits where we are), one step aside, so that
    // the move still happens and the collision below is asked again.
    return rect && rect.left !== currentCoordinates.x
      ? { x: rect.left, y: currentCoordinates.y }
      : { x: currentCoordinates.x + step, y: currentCoordinates.y };
  };

  readonly collisionDetection: CollisionDetection = (args) => {
    if (this.target) return [{ id: this.target }];
    const under = pointerWithin(args);
    return under.length > 0 ? under : rectIntersection(args);
  };
}
