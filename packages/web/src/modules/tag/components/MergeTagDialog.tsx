import { useMutation } from '@apollo/client/react';
import { Modal, Select, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DialogForm } from '../../../ui/form';
import { MergeTagsMutation } from '../tagOperations';

export interface MergeableTag {
  id: string;
  label: string;
  version: number;
  usageCount: number;
}

/**
 * Merges `tag` into another: the records carrying it carry the other instead, and it goes to
 * the trash, all in one step on the server.
 */
export function MergeTagDialog({
  tag,
  tags,
  onClose,
}: {
  tag: MergeableTag;
  tags: MergeableTag[];
  onClose(merged: boolean): void;
}) {
  const [targetId, setTargetId] = useState<string | null>(null);
  const [merge, { loading, error }] = useMutation(MergeTagsMutation);
  const target = tags.find((candidate) => candidate.id === targetId);
  const title = `Merge the tag ${tag.label}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    try {
      await merge({
        variables: { input: { survivorId: target.id, duplicateId: tag.id, survivorVersion: target.version } },
      });
      onClose(true);
    } catch {
      // Shown by the form's error alert.
    }
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={title}>
      <DialogForm
        label={title}
        submitLabel="Merge"
        submitting={loading}
        onSubmit={(event) => void submit(event)}
        onCancel={() => onClose(false)}
        error={error}
      >
        <Select
          label="Into the tag"
          searchable
          required
          data={tags.filter((candidate) => candidate.id !== tag.id).map((c) => ({ value: c.id, label: c.label }))}
          value={targetId}
          onChange={setTargetId}
        />
        <Text size="sm">
          {target
            ? `The ${tag.usageCount} records tagged ${tag.label} will be tagged ${target.label} instead, and ${tag.label} will go to the trash.`
            : 'Choose the tag that stays.'}
        </Text>
      </DialogForm>
    </Modal>
  );
}
