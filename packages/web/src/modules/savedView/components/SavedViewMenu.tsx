import { useMutation } from '@apollo/client/react';
import { ActionIcon, Menu, Modal, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { DialogForm } from '../../../ui/form/DialogForm';

export const RenameSavedView = graphql(`
  mutation RenameSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      id
      version
      name
    }
  }
`);

export const DeleteSavedView = graphql(`
  mutation DeleteSavedView($input: DeleteRecordInput!) {
    deleteSavedView(input: $input) {
      id
      deletedAt
    }
  }
`);

interface ChangedView {
  id: string;
  version: number;
  name: string;
}

const refetch = { refetchQueries: ['NavigationSavedViews'], awaitRefetchQueries: true };

function RenameDialog({ view, onClose }: { view: ChangedView; onClose(): void }) {
  const [name, setName] = useState(view.name);
  const [rename, { loading, error }] = useMutation(RenameSavedView, refetch);
  const title = `Rename “${view.name}”`;
  const submit = async () => {
    await rename({ variables: { input: { id: view.id, version: view.version, name } } });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm
        label={title}
        submitLabel="Rename"
        submitting={loading}
        onCancel={onClose}
        error={error}
        fieldLabels={{ name: 'Name' }}
        onSubmit={(event) => {
          event.preventDefault();
          submit().catch(() => undefined);
        }}
      >
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error ? fieldErrorsOf(error).name : undefined}
        />
      </DialogForm>
    </Modal>
  );
}

/** Rename and Delete for a saved view, beside its link; shown to its owner and admins, as the server allows. */
export function SavedViewMenu({ view }: { view: ChangedView }) {
  const [renaming, setRenaming] = useState(false);
  const [remove] = useMutation(DeleteSavedView, refetch);
  const deleteView = async () => {
    try {
      await remove({ variables: { input: { id: view.id, version: view.version } } });
      notifications.show({ color: 'green', message: `“${view.name}” was moved to the trash.` });
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Change ${view.name}`}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setRenaming(true)}>
            Rename…
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => void deleteView()}>
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {renaming && <RenameDialog view={view} onClose={() => setRenaming(false)} />}
    </>
  );
}
