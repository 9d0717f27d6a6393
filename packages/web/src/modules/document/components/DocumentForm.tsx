import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { isConflict, useConflict } from '../../../ui/conflict';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { RecordFormFrame } from '../../../ui/form';
import { useDraft } from '../../../ui/useDraft';
import { DOCUMENT_KIND_OPTIONS, VISIBILITY_OPTIONS } from '../documentLabels';
import {
  DOCUMENT_CONFLICT_FIELDS,
  DOCUMENT_FIELD_LABELS,
  formValuesOf,
  type DocumentFormValues,
} from './documentFormValues';
import { MarkdownEditor } from './MarkdownEditor';

export const DocumentForm_document = graphql(`
  fragment DocumentForm_document on Document {
    id
    version
    title
    kind
    visibility
    body
  }
`);

export interface DocumentFormProps {
  /** The document to edit; a new one when absent. */
  document?: FragmentType<typeof DocumentForm_document>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: DocumentFormValues): Promise<void>;
  /** Fetches the document as it is now, after a CONFLICT, to compare it with the input. */
  onLoadLatest?(): Promise<FragmentType<typeof DocumentForm_document> | null | undefined>;
  onCancel(): void;
  submitLabel: string;
  /** Said under the buttons: where the new document goes, what comes next. */
  footnote?: ReactNode;
}

/** Create or edit a document: its title, kind, who sees it, and its Markdown text. */
export function DocumentForm({
  document: ref,
  onSubmit,
  onLoadLatest,
  onCancel,
  submitLabel,
  footnote,
}: DocumentFormProps) {
  const document = getFragmentData(DocumentForm_document, ref);
  const draft = useDraft<DocumentFormValues>(`document:${document?.id ?? 'new'}`, formValuesOf(document));
  const [restored, setRestored] = useState(draft.initial !== null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<DocumentFormValues>({
    mode: 'controlled',
    initialValues: draft.initial ?? formValuesOf(document),
    validate: { title: (value) => (value.trim() ? null : 'Enter a title') },
    onValuesChange: (values) => draft.save(values),
  });

  const save = async (values: DocumentFormValues) => {
    setError(null);
    try {
      await onSubmit(values);
      draft.clear();
    } catch (caught) {
      if (isConflict(caught) && (await showConflict(values))) return;
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
    }
  };

  const conflict = useConflict<DocumentFormValues>({
    initialBase: draft.base ?? formValuesOf(document),
    fields: DOCUMENT_CONFLICT_FIELDS,
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

  async function showConflict(values: DocumentFormValues): Promise<boolean> {
    try {
      const latest = getFragmentData(DocumentForm_document, await onLoadLatest?.());
      if (!latest) return false;
      conflict.open(formValuesOf(latest), values);
      return true;
    } catch {
      return false;
    }
  }

  const discardDraft = () => {
    form.setValues(formValuesOf(document));
    form.resetDirty();
    draft.clear();
    setRestored(false);
  };

  return (
    <RecordFormFrame
      onSubmit={form.onSubmit(save)}
      submitLabel={submitLabel}
      submitting={form.submitting}
      onCancel={onCancel}
      conflict={conflict.dialogProps}
      restored={restored}
      onDiscardDraft={discardDraft}
      error={error}
      fieldLabels={DOCUMENT_FIELD_LABELS}
      maw={900}
      footnote={footnote}
    >
      <TextInput label="Title" withAsterisk autoComplete="off" {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Kind" data={DOCUMENT_KIND_OPTIONS} allowDeselect={false} {...form.getInputProps('kind')} />
        <Select
          label="Visible to"
          data={VISIBILITY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('visibility')}
        />
      </SimpleGrid>
      <MarkdownEditor
        label="Text"
        value={form.values.body}
        onChange={(body) => form.setFieldValue('body', body)}
        error={form.errors.body}
      />
    </RecordFormFrame>
  );
}
