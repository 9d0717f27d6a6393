import { Alert, Group, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TrashedAlertProps {
  /** What happened to the record, in a sentence. */
  children: ReactNode;
  /** Shown beside the sentence: a restore button. */
  action?: ReactNode;
  mb?: AlertProps['mb'];
}

/** Said at the top of the page of a record that is in the trash. */
export function TrashedAlert({ children, action, mb }: TrashedAlertProps) {
  return (
    <Alert color="orange" title="In the trash" mb={mb}>
      {action === undefined ? (
        children
      ) : (
        <Group justify="space-between" gap="xs">
          <span>{children}</span>
          {action}
        </Group>
      )}
    </Alert>
  );
}
