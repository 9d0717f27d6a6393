import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { useReassignOwner } from '../hooks/useReassignOwner';
import { describeCount, type RecordSelection } from '../recordSelection';
import { UserSelect } from './UserSelect';

export interface BulkReassignOwnerButtonProps {
  /** The selected records: `{ organizationIds: [...] }`. */
  selection: RecordSelection;
  /** Called once the records have their new owner (clear the selection). */
  onDone(): void;
}

/** Bulk action: gives the selected records to another owner. */
export function BulkReassignOwnerButton({ selection, onDone }: BulkReassignOwnerButtonProps) {
  const { user } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [reassign, { loading, error, reset }] = useReassignOwner();
  const what = describeCount(selection);

  const dismiss = () => {
    reset();
    setOwnerId(null);
    close();
  };

  const submit = async () => {
    if (!ownerId) return;
    try {
      const changed = await reassign(ownerId, selection);
      notifications.show({
        color: 'green',
        message: `${describeCount(selection, changed)} changed owner.`,
      });
      dismiss();
      onDone();
    } catch {
      // Shown by the ErrorAlert in the dialog.
    }
  };

  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconUserShare size={16} aria-hidden />} onClick={open}>
        Change owner…
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Change the owner of ${what}`}>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <UserSelect
            label="New owner"
            value={ownerId}
            onChange={setOwnerId}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="space-between">
            <Button variant="subtle" size="compact-sm" onClick={() => setOwnerId(user.id)}>
              Give them to me
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            The new owner is the one they are assigned to; records they already own are left as they are.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={loading} disabled={!ownerId}>
              Change owner
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
