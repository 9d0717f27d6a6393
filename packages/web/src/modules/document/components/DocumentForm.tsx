import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { DOCUMENT_KIND_OPTIONS, VISIBILITY_OPTIONS } from '../documentLabels';
import {
  DOCUMENT_CONFLICT_FIELDS,
  DOCUMENT_FIELD_LABELS,
  formValuesOf,
  type DocumentFormValues,
} from './documentFormValues';
import { MarkdownEditor } from './MarkdownEditor';

const DocumentForm_document = graphql(`
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
  /** New documents: values to start from (the title of a meeting's minutes). */
  defaults?: Partial<DocumentFormValues>;
}

/** Create or edit a document: its title, kind, who sees it, and its Markdown text. */
export function DocumentForm({
  document: ref,
  onSubmit,
  onLoadLatest,
  onCancel,
  submitLabel,
  footnote,
  defaults,
}: DocumentFormProps) {
  const document = getFragmentData(DocumentForm_document, ref);
  const values = { ...formValuesOf(document), ...(!document && defaults) };
  const { form, frameProps } = useRecordForm<DocumentFormValues>({
    draftKey: `document:${document?.id ?? 'new'}`,
    values,
    validate: { title: (value) => (value.trim() ? null : 'Enter a title') },
    conflictFields: DOCUMENT_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: async () => {
      const latest = getFragmentData(DocumentForm_document, await onLoadLatest?.());
      return latest ? formValuesOf(latest) : undefined;
    },
  });

  return (
    <RecordFormFrame
      {...frameProps}
      submitLabel={submitLabel}
      onCancel={onCancel}
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
