import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../generated';
import { PRIVATE, SharingFields, sharingInput, type Sharing } from './SharingFields';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { viewOfSearch, type SavedViewTarget } from '../lib/savedViewTargets';

export const CreateSavedView = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      id
      name
      kind
      filters
      sort
      columns
      visibility
    }
  }
`);

/** Names the current view of a list or of the graph (its URL) and shares it with no one, the team or everyone. */
export function SaveViewDialog({
  target,
  search,
  onClose,
}: {
  target: SavedViewTarget;
  search: string;
  onClose(): void;
}) {
  const [name, setName] = useState('');
  const [sharing, setSharing] = useState<Sharing>(PRIVATE);
  const [create, { loading, error }] = useMutation(CreateSavedView, {
    refetchQueries: ['NavigationSavedViews'],
    awaitRefetchQueries: true,
  });
  const fields = error ? fieldErrorsOf(error) : {};

  const save = async () => {
    await create({
      variables: {
        input: {
          name,
          kind: target.kind,
          ...viewOfSearch(target, search),
          ...sharingInput(sharing),
        },
      },
    });
    notifications.show({ color: 'green', title: 'View saved', message: `“${name}” is under ${target.under}.` });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`Save this view of ${target.what}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save().catch(() => undefined);
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
          {error && !Object.keys(fields).length && <p role="alert">{describeError(error).title}</p>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save view
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
