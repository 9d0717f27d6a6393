import { useMutation } from '@apollo/client/react';
import { Modal, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DialogForm, useDialogForm } from '../../../ui/form';
import { DisqualifyLeadMutation } from '../hooks/leadOperations';

export interface DisqualifyLeadDialogProps {
  lead: { id: string; name: string; version: number };
  onClose(): void;
}

/** Marks a lead disqualified, with the reason the server requires. */
export function DisqualifyLeadDialog({ lead, onClose }: DisqualifyLeadDialogProps) {
  const [disqualify] = useMutation(DisqualifyLeadMutation);
  const title = `Disqualify ${lead.name}`;
  const { form, formProps } = useDialogForm({
    values: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why it is not pursued') },
    onSubmit: async ({ reason }) => {
      await disqualify({
        variables: { input: { id: lead.id, version: lead.version, reason: reason.trim() } },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
          cache.gc();
        },
      });
      notifications.show({ color: 'green', message: `${lead.name} was disqualified.` });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm
        {...formProps}
        label={title}
        submitLabel="Disqualify"
        onCancel={onClose}
        fieldLabels={{ reason: 'Reason' }}
      >
        <Textarea label="Reason" withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
      </DialogForm>
    </Modal>
  );
}
