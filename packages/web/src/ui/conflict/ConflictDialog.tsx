import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconReload } from '@tabler/icons-react';
import type { ConflictField } from './conflict';

export interface ConflictDialogProps {
  opened: boolean;
  /** The fields someone changed; see conflictFieldsOf. */
  fields: ConflictField[];
  /** Closes the dialog and keeps the form as it is. */
  onClose(): void;
  /** Saves your edits on top of their version. */
  onReapply(): void | Promise<void>;
  /** Drops your edits and shows their version. */
  onReload(): void;
}

function Value({ text, changed, who }: { text: string; changed: boolean; who: string }) {
  return (
    <Stack gap={2}>
      <Text
        size="sm"
        fw={changed ? 600 : undefined}
        c={changed ? undefined : 'dimmed'}
        style={{ whiteSpace: 'pre-wrap' }}
      >
        {text}
      </Text>
      {changed && (
        <Badge size="xs" variant="light" color={who === 'They' ? 'orange' : 'blue'} tt="none">
          {who} changed it
        </Badge>
      )}
    </Stack>
  );
}

/**
 * What someone else saved while you were editing, beside what you typed, field by field; and the
 * two ways on: keep your edits on top of theirs, or take theirs. Closing it keeps your input.
 */
export function ConflictDialog({ opened, fields, onClose, onReapply, onReload }: ConflictDialogProps) {
  const both = fields.filter((field) => field.changedByThem && field.changedByYou);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Someone else changed this meanwhile"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close, keeping my input' }}
    >
      <Stack>
        <Text size="sm">
          This record was saved by someone else after you opened it. Nothing you typed is lost: compare, then choose.
        </Text>
        {fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            None of the fields of this form differ; only the version changed.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label="Changes" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Field</Table.Th>
                  <Table.Th scope="col">When you started</Table.Th>
                  <Table.Th scope="col">Theirs (saved)</Table.Th>
                  <Table.Th scope="col">Yours</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((field) => (
                  <Table.Tr key={field.key} data-field={field.key}>
                    <Table.Th scope="row">{field.label}</Table.Th>
                    <Table.Td>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {field.base}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Value text={field.theirs} changed={field.changedByThem} who="They" />
                    </Table.Td>
                    <Table.Td>
                      <Value text={field.yours} changed={field.changedByYou} who="You" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {both.length > 0 && (
          <Text size="sm" c="red.9" fw={500}>
            You both changed {both.map((field) => field.label).join(', ')}: re-applying keeps your value there.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" leftSection={<IconReload size={18} aria-hidden />} onClick={onReload}>
            Discard mine, reload theirs
          </Button>
          <Button
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={() => void onReapply()}
            data-autofocus
          >
            Re-apply my edits
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
