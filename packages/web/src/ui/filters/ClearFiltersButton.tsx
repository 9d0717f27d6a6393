import { Button } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

/** "Clear filters" at the end of a filter bar. */
export function ClearFiltersButton({ onClick }: { onClick(): void }) {
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClick}>
      Clear filters
    </Button>
  );
}
