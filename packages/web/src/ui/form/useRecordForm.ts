import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import { isConflict, useConflict, type ConflictFieldSpec } from '../conflict';
import { fieldErrorsOf } from '../errors/fieldErrors';
import { useDraft } from '../useDraft';

// Mantine's own constraint on form values: interfaces (no index signature) must fit it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormValues = Record<string, any>;

export interface RecordFormOptions<V extends FormValues> {
  /** Names the draft: `organization:<id>`, `organization:new`. */
  draftKey: string;
  /** The record's values as the form edits them (blank ones for a new record). */
  values: V;
  validate?: FormValidateInput<V>;
  /** The fields a conflict compares. */
  conflictFields: ConflictFieldSpec<V>[];
  /** Saves; throws the API's error. */
  onSubmit(values: V): Promise<unknown>;
  /** The latest version's values after a CONFLICT; undefined when it cannot be had. */
  loadLatest?(): Promise<V | undefined>;
  /** The server's field names as the form's paths, when they differ. */
  formErrorsOf?(fields: Record<string, string>): Record<string, string>;
}

/**
 * A record's create or edit form: its input kept as a draft, the server's messages beside the
 * fields, and after a CONFLICT the comparison with the latest version, to re-apply the input on
 * it or take theirs. `frameProps` go to RecordFormFrame.
 */
export function useRecordForm<V extends FormValues>(options: RecordFormOptions<V>) {
  const { values, conflictFields, onSubmit, loadLatest, formErrorsOf = (fields) => fields } = options;
  const draft = useDraft<V>(options.draftKey, values);
  const [restored, setRestored] = useState(draft.initial !== null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: draft.initial ?? values,
    validate: options.validate,
    onValuesChange: (changed) => draft.save(changed),
  });

  const save = async (input: V) => {
    setError(null);
    try {
      await onSubmit(input);
      draft.clear();
    } catch (caught) {
      if (isConflict(caught) && (await showConflict(input))) return;
      form.setErrors(formErrorsOf(fieldErrorsOf(caught)));
      setError(caught);
    }
  };

  const conflict = useConflict<V>({
    initialBase: draft.base ?? values,
    fields: conflictFields,
    onReapply: async (merged) => {
      form.setValues(merged);
      form.setSubmitting(true);
      try {
        await save(merged);
      } finally {
        form.setSubmitting(false);
      }
    },
    onReload: (theirs) => {
      form.setValues(theirs);
      form.resetDirty();
      draft.clear();
      setRestored(false);
    },
  });

  /** Opens the comparison with the latest version; false when it cannot be fetched. */
  async function showConflict(input: V): Promise<boolean> {
    try {
      const latest = await loadLatest?.();
      if (!latest) return false;
      conflict.open(latest, input);
      return true;
    } catch {
      return false;
    }
  }

  const discardDraft = () => {
    form.setValues(values);
    form.resetDirty();
    draft.clear(); // after setValues, whose change would save it again
    setRestored(false);
  };

  return {
    form,
    draft,
    setError,
    frameProps: {
      onSubmit: form.onSubmit(save),
      submitting: form.submitting,
      conflict: conflict.dialogProps,
      restored,
      onDiscardDraft: discardDraft,
      error,
    },
  };
}
