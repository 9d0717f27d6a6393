import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';

export interface MergeDialogProps {
  opened: boolean;
  onClose(): void;
  /** "contact", "organization". */
  noun: string;
  /** The record that stays (the page's). */
  survivorName: string;
  /** The chosen duplicate, once chosen. */
  duplicateName?: string | null;
  /** Where to choose the duplicate: a picker, suggestions. */
  chooser: ReactNode;
  /** The two records field by field, once the duplicate is chosen: which stays, which values. */
  comparison?: ReactNode;
  /** The name of the page's record, when the other one was chosen to stay. */
  pageName?: string;
  /** What moves from the duplicate: "affiliations", "project links"… */
  moves: string[];
  onConfirm(): void;
  loading: boolean;
  error?: unknown;
}

/** Choose a duplicate and confirm, knowing what moves where, before merging it into this record. */
export function MergeDialog(props: MergeDialogProps) {
  const { opened, onClose, noun, survivorName, duplicateName, chooser, comparison, moves, onConfirm, loading, error } =
    props;
  const pageName = props.pageName ?? survivorName;
  return (
    <Modal opened={opened} onClose={onClose} title={`Merge a duplicate of ${pageName}`} size="xl">
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        <Text size="sm">
          Choose the {noun} that is the same as <strong>{pageName}</strong>, then which of the two stays and, where they
          differ, which value to keep.
        </Text>
        {chooser}
        {comparison}
        {duplicateName && (
          <Alert color="orange" icon={<IconArrowMerge aria-hidden />} title={`${duplicateName} → ${survivorName}`}>
            <Text size="sm">
              Merging moves from {duplicateName} to {survivorName}:
            </Text>
            <List size="sm" mt={4}>
              {moves.map((move) => (
                <List.Item key={move}>{move}</List.Item>
              ))}
              <List.Item>its history; and the values chosen above</List.Item>
            </List>
            <Text size="sm" mt="xs">
              Links {survivorName} already has are kept once. {duplicateName} then goes to the trash.
            </Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="orange"
            leftSection={<IconArrowMerge size={18} aria-hidden />}
            disabled={!duplicateName}
            loading={loading}
            onClick={onConfirm}
          >
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
