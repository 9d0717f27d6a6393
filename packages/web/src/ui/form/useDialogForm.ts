import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import { fieldErrorsOf } from '../errors/fieldErrors';

// Mantine's own constraint on form values: interfaces (no index signature) must fit it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormValues = Record<string, any>;

export interface DialogFormOptions<V extends FormValues> {
  /** The values the form starts from (blank ones for a new item). */
  values: V;
  validate?: FormValidateInput<V>;
  /** Saves; throws the API's error. */
  onSubmit(values: V): Promise<unknown>;
  /** The server's field names as the form's paths, when they differ. */
  formErrorsOf?(fields: Record<string, string>): Record<string, string>;
}

/**
 * A small form inside a dialog (a task, a link, an affiliation): the server's messages beside the
 * fields and above them, the same way for the save and for the dialog's other actions (a removal).
 * Unlike useRecordForm it keeps no draft: the input is short and the dialog reopens in a click.
 * `formProps` go to DialogForm.
 */
export function useDialogForm<V extends FormValues>(options: DialogFormOptions<V>) {
  const { onSubmit, formErrorsOf = (fields) => fields } = options;
  const [error, setError] = useState<unknown>(null);
  const form = useForm<V>({ mode: 'controlled', initialValues: options.values, validate: options.validate });

  /** Runs one of the form's actions; false when it failed, its error then shown. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      form.setErrors(formErrorsOf(fieldErrorsOf(caught)));
      setError(caught);
      return false;
    }
  };

  return {
    form,
    error,
    run,
    formProps: {
      onSubmit: form.onSubmit((values) => run(() => onSubmit(values))),
      submitting: form.submitting,
      error,
    },
  };
}
