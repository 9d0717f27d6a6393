import { Alert, Button, Group } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';

/** Said above a form whose unsaved input came back from a draft (see useDraft), with a way to drop it. */
export function DraftRestoredAlert({ onDiscard }: { onDiscard(): void }) {
  return (
    <Alert color="blue" icon={<IconHistory aria-hidden />} title="Your unsaved input was restored">
      <Group justify="space-between" gap="xs">
        <span>It is kept until you save it.</span>
        <Button size="xs" variant="white" onClick={onDiscard}>
          Discard it
        </Button>
      </Group>
    </Alert>
  );
}
