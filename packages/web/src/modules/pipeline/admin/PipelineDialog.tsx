import { Modal, Select, TextInput } from '@mantine/core';
import type { ValueUnit } from '../../../generated/graphql';
import { DialogForm, useDialogForm } from '../../../ui/form';
import { VALUE_UNIT_LABELS } from '../pipelineLabels';

export interface PipelineValues {
  name: string;
  valueUnit: ValueUnit;
  currency: string;
}

const UNIT_OPTIONS = (Object.keys(VALUE_UNIT_LABELS) as ValueUnit[]).map((value) => ({
  value,
  label: VALUE_UNIT_LABELS[value],
}));

/** Renames a pipeline or changes what its expected values count. */
export function PipelineDialog({
  pipeline,
  onSave,
  onClose,
}: {
  pipeline: PipelineValues;
  onSave(values: PipelineValues): Promise<unknown>;
  onClose(): void;
}) {
  const title = `Rename the pipeline ${pipeline.name}`;
  const { form, formProps } = useDialogForm<PipelineValues>({
    values: pipeline,
    validate: {
      name: (value) => (value.trim() ? null : 'Name the pipeline'),
      currency: (value, values) =>
        values.valueUnit !== 'MONEY' || /^[A-Z]{3}$/.test(value.trim()) ? null : 'Three capital letters: EUR, CHF',
    },
    onSubmit: async (values) => {
      await onSave(values);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <DialogForm
        {...formProps}
        label={title}
        submitLabel="Save"
        onCancel={onClose}
        fieldLabels={{ name: 'Name', valueUnit: 'Expected value in', currency: 'Currency' }}
      >
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Expected value in"
          data={UNIT_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('valueUnit')}
        />
        {form.values.valueUnit === 'MONEY' && (
          <TextInput label="Currency" description="ISO 4217: EUR, CHF." {...form.getInputProps('currency')} />
        )}
      </DialogForm>
    </Modal>
  );
}
