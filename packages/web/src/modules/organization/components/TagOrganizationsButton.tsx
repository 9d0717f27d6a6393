import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTag } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { TagSelect } from '../../tag/components/TagSelect';
import { useTagOrganizations } from '../hooks/useTagOrganizations';

/** Bulk action: puts a tag on the selected organizations. */
export function TagOrganizationsButton({ organizationIds, onDone }: { organizationIds: string[]; onDone(): void }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [tagId, setTagId] = useState<string | null>(null);
  const [tagOrganizations, { loading, error, reset }] = useTagOrganizations();
  const count = organizationIds.length;

  const submit = async () => {
    if (!tagId) return;
    try {
      const tagged = await tagOrganizations(tagId, organizationIds);
      notifications.show({ color: 'green', message: `Tagged ${tagged} organization${tagged === 1 ? '' : 's'}.` });
      close();
      onDone();
    } catch {
      // Shown by the ErrorAlert below.
    }
  };

  return (
    <>
      <Button size="xs" leftSection={<IconTag size={16} aria-hidden />} onClick={open}>
        Add tag…
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          reset();
          close();
        }}
        title={`Tag ${count} organization${count === 1 ? '' : 's'}`}
      >
        <Stack>
          {error && <ErrorAlert error={error} />}
          <TagSelect
            label="Tag"
            value={tagId}
            onChange={setTagId}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="sm" c="dimmed">
            Organizations that already carry the tag are left as they are.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={loading} disabled={!tagId}>
              Add tag
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
