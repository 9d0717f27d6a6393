import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Shown while rows are selected: how many, the bulk actions, and a way to clear the selection. */
export function SelectionBar({ count, onClear, children }: { count: number; onClear(): void; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" mb="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label="Selected rows">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} aria-live="polite">
          {count} selected
        </Text>
        <Group gap="xs" wrap="wrap">
          {children}
          <Button size="xs" variant="default" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
