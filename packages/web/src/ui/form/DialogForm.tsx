import { Button, Group, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { ErrorAlert } from '../errors/ErrorAlert';

export interface DialogFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Names the form for assistive technology: usually the dialog's title. */
  label: string;
  submitLabel: string;
  submitting?: boolean;
  onCancel(): void;
  /** The last save's error, said above the fields. */
  error: unknown;
  /** How the form names its fields, for the error's list of invalid inputs. */
  fieldLabels?: Record<string, string>;
  /** The fields. */
  children: ReactNode;
}

/** A small form inside a dialog: the error, the fields, then Cancel and the submit button on the right. */
export function DialogForm({
  onSubmit,
  label,
  submitLabel,
  submitting,
  onCancel,
  error,
  fieldLabels,
  children,
}: DialogFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack>
        {error ? <ErrorAlert error={error} fieldLabels={fieldLabels} /> : null}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
