import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { PRIVATE, SharingFields, type Sharing } from './SharingFields';

/**
 * Names a record and chooses who sees it — saving a view or a report, creating a dashboard. The
 * caller's mutation runs in `onSave`; its `error` shows on the field it names, or below them.
 */
export function NameAndSharingDialog({
  title,
  submitLabel,
  initialName = '',
  loading,
  error,
  onSave,
  onClose,
}: {
  title: string;
  submitLabel: string;
  initialName?: string;
  loading: boolean;
  error: unknown;
  onSave(name: string, sharing: Sharing): Promise<void>;
  onClose(): void;
}) {
  const [name, setName] = useState(initialName);
  const [sharing, setSharing] = useState<Sharing>(PRIVATE);
  const fields = error ? fieldErrorsOf(error) : {};

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(name, sharing).catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fields.name}
          />
          <SharingFields value={sharing} onChange={setSharing} teamError={fields.teamId} />
          {error && !Object.keys(fields).length ? <p role="alert">{describeError(error).title}</p> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
