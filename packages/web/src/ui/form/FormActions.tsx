import { Button, Group } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';

export interface FormActionsProps {
  submitLabel: string;
  submitting?: boolean;
  onCancel(): void;
}

/** A form's footer: the submit button and Cancel. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <Group>
      <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
        {submitLabel}
      </Button>
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  );
}
