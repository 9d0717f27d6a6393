import { useMutation } from '@apollo/client/react';
import { Modal, TextInput } from '@mantine/core';
import { graphql } from '../../../generated';
import { DialogForm, useDialogForm } from '../../../ui/form';

export const RenameSavedView = graphql(`
  mutation RenameSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      id
      version
      name
    }
  }
`);

interface RenamedView {
  id: string;
  version: number;
  name: string;
}

/** Renames a saved view, from the version the navigation shows (a newer one is a CONFLICT, said above the field). */
export function RenameSavedViewDialog({ view, onClose }: { view: RenamedView; onClose(): void }) {
  const title = `Rename “${view.name}”`;
  const [rename] = useMutation(RenameSavedView, {
    refetchQueries: ['NavigationSavedViews'],
    awaitRefetchQueries: true,
  });
  const { form, formProps } = useDialogForm({
    values: { name: view.name },
    validate: { name: (value: string) => (value.trim() ? null : 'Give it a name') },
    onSubmit: async ({ name }) => {
      await rename({ variables: { input: { id: view.id, version: view.version, name: name.trim() } } });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm {...formProps} label={title} submitLabel="Rename" onCancel={onClose} fieldLabels={{ name: 'Name' }}>
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
      </DialogForm>
    </Modal>
  );
}
