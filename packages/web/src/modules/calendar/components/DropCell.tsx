import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';

/** A table cell where an activity may be dropped: a day (`day:2031-03-10`) or an hour (`slot:2031-03-10:09`). */
export function DropCell({
  id,
  children,
  muted,
  label,
}: {
  id: string;
  children: ReactNode;
  muted?: boolean;
  label?: string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <td
      ref={setNodeRef}
      data-drop={id}
      aria-label={label}
      style={{
        verticalAlign: 'top',
        padding: 4,
        border: '1px solid var(--mantine-color-gray-3)',
        background: isOver ? 'var(--mantine-color-blue-0)' : muted ? 'var(--mantine-color-gray-0)' : undefined,
        outline: isOver ? '2px solid var(--mantine-color-blue-6)' : undefined,
        outlineOffset: -2,
      }}
    >
      {children}
    </td>
  );
}
