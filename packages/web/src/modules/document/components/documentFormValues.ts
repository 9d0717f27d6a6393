import type {
  CreateDocumentInput,
  DocumentForm_DocumentFragment,
  DocumentKind,
  UpdateDocumentInput,
  Visibility,
} from '../../../generated/graphql';
import type { ConflictFieldSpec } from '../../../ui/conflict';
import { DOCUMENT_KIND_LABELS, VISIBILITY_LABELS } from '../documentLabels';

/** What the form edits. */
export interface DocumentFormValues {
  title: string;
  kind: DocumentKind;
  visibility: Visibility;
  body: string;
  /** The version the input is based on (edits), sent so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  kind: 'Kind',
  visibility: 'Visible to',
  body: 'Text',
};

/** The fields compared when someone else saved the document meanwhile. */
export const DOCUMENT_CONFLICT_FIELDS: ConflictFieldSpec<DocumentFormValues>[] = [
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind', format: (kind) => DOCUMENT_KIND_LABELS[kind] },
  { key: 'visibility', label: 'Visible to', format: (visibility) => VISIBILITY_LABELS[visibility] },
  { key: 'body', label: 'Text' },
];

export function formValuesOf(document?: DocumentForm_DocumentFragment | null): DocumentFormValues {
  return {
    title: document?.title ?? '',
    kind: document?.kind ?? 'MINUTES',
    visibility: document?.visibility ?? 'EVERYONE',
    body: document?.body ?? '',
    baseVersion: document?.version ?? null,
  };
}

export function toCreateInput(
  values: DocumentFormValues,
  attachTo?: CreateDocumentInput['attachTo'],
): CreateDocumentInput {
  return {
    title: values.title.trim(),
    kind: values.kind,
    visibility: values.visibility,
    body: values.body,
    ...(attachTo && { attachTo }),
  };
}

export function toUpdateInput(id: string, values: DocumentFormValues): UpdateDocumentInput {
  return {
    id,
    version: values.baseVersion!,
    title: values.title.trim(),
    kind: values.kind,
    visibility: values.visibility,
    body: values.body,
  };
}
