import { Button, Text, type ButtonProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { TrashType } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { useTrashActions } from '../hooks/useTrashActions';
import { kindOfTrashType } from '../../../app/records/recordKinds';

export interface DeleteRecordButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  type: TrashType;
  id: string;
  /** How the record is named in the confirmation: "CERN". */
  name: string;
  /** The version shown; a newer one on the server refuses the delete (CONFLICT). */
  version?: number;
  /** After the record went to the trash (leave its page, say). */
  onDeleted?(): void;
}

/**
 * "Delete": asks first, moves the record to the trash, and offers "Undo" in the notification that
 * says so. Hide it from viewers (`useSession().canEdit`).
 */
export function DeleteRecordButton({ type, id, name, version, onDeleted, ...buttonProps }: DeleteRecordButtonProps) {
  const { moveToTrash, restore } = useTrashActions();
  const label = kindOfTrashType(type).label.toLowerCase();

  const undo = async (notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await restore(type, id);
      notifications.show({ color: 'green', message: `${name} is back.` });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    }
  };

  const remove = async () => {
    try {
      await moveToTrash(type, id, version);
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
      return;
    }
    const notificationId = `deleted-${id}`;
    notifications.show({
      id: notificationId,
      color: 'gray',
      autoClose: 10000,
      title: `${name} was moved to the trash`,
      message: (
        <Button size="compact-sm" variant="light" mt={4} onClick={() => void undo(notificationId)}>
          Undo
        </Button>
      ),
    });
    onDeleted?.();
  };

  return (
    <Button
      variant="default"
      color="red"
      leftSection={<IconTrash size={18} aria-hidden />}
      {...buttonProps}
      onClick={() =>
        modals.openConfirmModal({
          title: `Delete ${name}?`,
          children: (
            <Text size="sm">
              The {label} goes to the trash with its links; anyone who can edit may restore it from there.
            </Text>
          ),
          labels: { confirm: `Delete ${label}`, cancel: 'Cancel' },
          confirmProps: { color: 'red' },
          closeButtonProps: { 'aria-label': 'Close' },
          onConfirm: () => void remove(),
        })
      }
    >
      Delete
    </Button>
  );
}
