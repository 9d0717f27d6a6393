import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTag } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { TagMultiSelect } from '../../tag/components/TagMultiSelect';
import { useBulkTag } from '../hooks/useBulkTag';
import { describeCount, type RecordSelection } from '../recordSelection';

export interface BulkTagButtonProps {
  /** The selected records: `{ contactIds: [...] }`. */
  selection: RecordSelection;
  /** Called once the tags are applied (clear the selection). */
  onDone(): void;
}

/** Bulk action: puts tags on the selected records, or takes them off. */
export function BulkTagButton({ selection, onDone }: BulkTagButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [mode, setMode] = useState<'add' | 'remove'>('add');
  const [tagIds, setTagIds] = useState<string[]>([]);
  const [applyTags, { loading, error, reset }] = useBulkTag();
  const what = describeCount(selection);

  const dismiss = () => {
    reset();
    setTagIds([]);
    setMode('add');
    close();
  };

  const submit = async () => {
    if (tagIds.length === 0) return;
    try {
      const changed = await applyTags(mode, tagIds, selection);
      const tags = `${tagIds.length} tag${tagIds.length === 1 ? '' : 's'}`;
      notifications.show({
        color: 'green',
        message:
          mode === 'add'
            ? `Added ${tags} to ${what} (${changed} new).`
            : `Removed ${tags} from ${what} (${changed} removed).`,
      });
      dismiss();
      onDone();
    } catch {
      // Shown by the ErrorAlert in the dialog.
    }
  };

  return (
    <>
      <Button size="xs" leftSection={<IconTag size={16} aria-hidden />} onClick={open}>
        Tags…
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Tag ${what}`}>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <SegmentedControl
            aria-label="Add or remove"
            value={mode}
            onChange={(value) => setMode(value as 'add' | 'remove')}
            data={[
              { value: 'add', label: 'Add tags' },
              { value: 'remove', label: 'Remove tags' },
            ]}
          />
          <TagMultiSelect
            label="Tags"
            value={tagIds}
            onChange={setTagIds}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="sm" c="dimmed">
            {mode === 'add'
              ? 'Records that already carry a tag are left as they are.'
              : 'Records without the tag are left as they are.'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={loading} disabled={tagIds.length === 0}>
              {mode === 'add' ? 'Add tags' : 'Remove tags'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
