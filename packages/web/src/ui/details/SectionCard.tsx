import { Button, Group, Paper, Stack, Text, Title, type ButtonProps, type StackProps } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  title: ReactNode;
  /** Shown at the right of the title (adding one); leave it out for a title alone. */
  action?: ReactNode;
  children: ReactNode;
}

/** A bordered card of a record's page: a title, maybe a button beside it, then its content. */
export function SectionCard({ title, action, children }: SectionCardProps) {
  return (
    <Paper withBorder p="md">
      {action === undefined ? (
        <Title order={2} size="h4" mb="sm">
          {title}
        </Title>
      ) : (
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {title}
          </Title>
          {action}
        </Group>
      )}
      {children}
    </Paper>
  );
}

/** The small "+ Add…" button beside a section's title. */
export function SectionAddButton({
  children,
  onClick,
  variant = 'default',
}: {
  children: ReactNode;
  onClick(): void;
  variant?: ButtonProps['variant'];
}) {
  return (
    <Button size="xs" variant={variant} leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick}>
      {children}
    </Button>
  );
}

/** What a section says when it has nothing to list. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" size="sm">
      {children}
    </Text>
  );
}

/** A list without bullets or indent, its items spaced by `gap`. */
export function PlainList({ gap, children }: { gap: StackProps['gap']; children: ReactNode }) {
  return (
    <Stack gap={gap} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}
