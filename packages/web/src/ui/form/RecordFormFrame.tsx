import { Stack, Text, type StackProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { ConflictDialog, type ConflictDialogProps } from '../conflict';
import { ErrorAlert } from '../errors/ErrorAlert';
import { DraftRestoredAlert } from './DraftRestoredAlert';
import { FormActions } from './FormActions';

export interface RecordFormFrameProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Names the form for assistive technology, and labels its submit button. */
  submitLabel: string;
  submitting?: boolean;
  onCancel(): void;
  /** The comparison shown after a save answered CONFLICT. */
  conflict: ConflictDialogProps;
  /** True while the input shown came from a draft; `onDiscardDraft` drops it. */
  restored: boolean;
  onDiscardDraft(): void;
  /** The last save's error, said above the fields. */
  error: unknown;
  /** How the form names its fields, for the error's list of invalid inputs. */
  fieldLabels?: Record<string, string>;
  maw?: StackProps['maw'];
  /** Said under the buttons. */
  footnote?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * What every create/edit form of a record has around its fields: the draft notice, the error,
 * the save and cancel buttons, and the conflict comparison.
 */
export function RecordFormFrame({
  onSubmit,
  submitLabel,
  submitting,
  onCancel,
  conflict,
  restored,
  onDiscardDraft,
  error,
  fieldLabels,
  maw = 760,
  footnote,
  children,
}: RecordFormFrameProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={submitLabel}>
      <ConflictDialog {...conflict} />
      <Stack maw={maw}>
        {restored && <DraftRestoredAlert onDiscard={onDiscardDraft} />}
        {error ? <ErrorAlert error={error} fieldLabels={fieldLabels} /> : null}
        {children}
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
        {footnote && (
          <Text size="sm" c="dimmed">
            {footnote}
          </Text>
        )}
      </Stack>
    </form>
  );
}
