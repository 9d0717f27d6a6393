import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { EraseContactMutation as Erasure } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EraseContactMutation, PrivacyRequestsQuery } from '../privacyOperations';

interface EraseContactDialogProps {
  contact: { id: string; name: string } | null;
  onClose(): void;
  onErased(erasure: Erasure['eraseContact']): void;
}

/** Erasure asks for the person's name typed out: it cannot be undone. */
export function EraseContactDialog({ contact, onClose, onErased }: EraseContactDialogProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [erase, { loading }] = useMutation(EraseContactMutation, {
    refetchQueries: [PrivacyRequestsQuery],
    awaitRefetchQueries: true,
  });
  const matches = contact !== null && typed.trim() === contact.name.trim();

  const close = () => {
    setTyped('');
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!contact || !matches) return;
    setError(null);
    try {
      const { data } = await erase({ variables: { input: { contactId: contact.id } } });
      if (data) onErased(data.eraseContact);
      close();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal opened={contact !== null} onClose={close} title={`Erase ${contact?.name ?? ''}?`}>
      <Stack gap="sm">
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="This cannot be undone">
          <List size="sm">
            <List.Item>Their details, links, tags and the values in their history are removed.</List.Item>
            <List.Item>Their emails, phones and name are replaced by [redacted] in other records.</List.Item>
            <List.Item>A trashed “Erased contact” stays, so that counts remain true.</List.Item>
          </List>
        </Alert>
        <Text size="sm">
          Export their data first if they asked for a copy. To confirm, type their name: <Code>{contact?.name}</Code>
        </Text>
        <TextInput
          label="Name of the person to erase"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red.9" disabled={!matches} loading={loading} onClick={() => void confirm()}>
            Erase permanently
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
