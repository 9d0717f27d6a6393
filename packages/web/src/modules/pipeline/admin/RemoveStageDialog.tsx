import { Modal, Select, Text } from '@mantine/core';
import { DialogForm, useDialogForm } from '../../../ui/form';

interface RemoveValues {
  moveToStageId: string | null;
}

/**
 * Removes a stage from its pipeline. The records it holds must go somewhere: the admin chooses
 * another stage of the same pipeline, and each record's move is kept in its stage history.
 */
export function RemoveStageDialog({
  stageName,
  otherStages,
  onRemove,
  onClose,
}: {
  stageName: string;
  otherStages: { id: string; name: string }[];
  onRemove(moveToStageId: string | null): Promise<unknown>;
  onClose(): void;
}) {
  const title = `Remove the stage ${stageName}`;
  const { form, formProps } = useDialogForm<RemoveValues>({
    values: { moveToStageId: null },
    onSubmit: async ({ moveToStageId }) => {
      await onRemove(moveToStageId);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm
        {...formProps}
        label={title}
        submitLabel="Remove stage"
        onCancel={onClose}
        fieldLabels={{ moveToStageId: 'Move its records to' }}
      >
        <Text size="sm">
          Records in {stageName} (trashed ones too) move to the stage you choose; each move is kept in their stage
          history. The stage’s name stays in past histories.
        </Text>
        <Select
          label="Move its records to"
          description="Needed when the stage holds any record."
          placeholder="Choose a stage"
          clearable
          data={otherStages.map((stage) => ({ value: stage.id, label: stage.name }))}
          {...form.getInputProps('moveToStageId')}
        />
      </DialogForm>
    </Modal>
  );
}
