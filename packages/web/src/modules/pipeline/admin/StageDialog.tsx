import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Modal } from '@mantine/core';
import type { StageKind } from '../../../generated/graphql';
import { DialogForm, useDialogForm } from '../../../ui/form';

export const STAGE_KIND_OPTIONS: { value: StageKind; label: string }[] = [
  { value: 'OPEN', label: 'Open: under way' },
  { value: 'WON', label: 'Won: brought on board' },
  { value: 'LOST', label: 'Lost: not pursued' },
];

export interface StageValues {
  name: string;
  kind: StageKind;
  /** Percent, or '' for none. */
  probability: number | string;
  /** Days, or '' for never. */
  rottingDays: number | string;
}

const LABELS = { name: 'Name', kind: 'Kind', probability: 'Probability', rottingDays: 'Rotting after' };

/** Adds a stage, or renames and re-weighs one: name, kind, probability, rotting age. */
export function StageDialog({
  title,
  stage,
  onSave,
  onClose,
}: {
  title: string;
  stage?: StageValues;
  onSave(values: StageValues): Promise<unknown>;
  onClose(): void;
}) {
  const { form, formProps } = useDialogForm<StageValues>({
    values: stage ?? { name: '', kind: 'OPEN', probability: '', rottingDays: '' },
    validate: { name: (value) => (value.trim() ? null : 'Name the stage') },
    onSubmit: async (values) => {
      await onSave(values);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm {...formProps} label={title} submitLabel="Save" onCancel={onClose} fieldLabels={LABELS}>
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select label="Kind" data={STAGE_KIND_OPTIONS} allowDeselect={false} {...form.getInputProps('kind')} />
        <SimpleGrid cols={2}>
          <NumberInput label="Probability (%)" min={0} max={100} {...form.getInputProps('probability')} />
          <NumberInput
            label="Rotting after (days)"
            description="Empty: never."
            min={1}
            {...form.getInputProps('rottingDays')}
          />
        </SimpleGrid>
      </DialogForm>
    </Modal>
  );
}
