import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { TrashType } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { useTrashActions } from '../hooks/useTrashActions';

export interface RestoreRecordButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  type: TrashType;
  id: string;
  /** How the record is named in the notification: "CERN". */
  name: string;
}

/** "Restore", for the page of a record in the trash: brings it back with its links. */
export function RestoreRecordButton({ type, id, name, ...buttonProps }: RestoreRecordButtonProps) {
  const { restore } = useTrashActions();
  const [loading, setLoading] = useState(false);
  const run = async () => {
    setLoading(true);
    try {
      await restore(type, id);
      notifications.show({ color: 'green', message: `${name} was restored.` });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="white"
      leftSection={<IconRestore size={16} aria-hidden />}
      loading={loading}
      {...buttonProps}
      onClick={() => void run()}
    >
      Restore
    </Button>
  );
}
