import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { kindsWith } from '../../../app/records/recordKinds';
import type { CreateDocumentInput, DocumentKind } from '../../../generated/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { DocumentForm } from '../components/DocumentForm';
import { toCreateInput } from '../components/documentFormValues';
import { useCreateDocument } from '../hooks/useCreateDocument';

/**
 * `?organization=<id>` (a kind's `detailField`, for each kind documents can be attached to): the
 * records the new document is attached to.
 */
export function attachToOf(params: URLSearchParams): CreateDocumentInput['attachTo'] {
  const attachTo: Record<string, string[]> = {};
  for (const kind of kindsWith('documentLinks')) {
    const ids = params.getAll(kind.detailField);
    if (ids.length) attachTo[`${kind.linkField}s`] = ids;
  }
  return Object.keys(attachTo).length ? attachTo : undefined;
}

/** /documents/new, with `?title=` and `?kind=` to start from (minutes of a meeting). */
export function DocumentCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [createDocument] = useCreateDocument();
  const attachTo = attachToOf(params);
  const defaults = useMemo(
    () => ({
      ...(params.get('title') && { title: params.get('title')! }),
      ...(params.get('kind') && { kind: params.get('kind') as DocumentKind }),
    }),
    [params],
  );
  return (
    <>
      <PageHeader title="New document" breadcrumbs={[{ label: 'Documents', to: '/documents' }]} />
      <DocumentForm
        defaults={defaults}
        submitLabel="Create document"
        onCancel={() => navigate(-1)}
        footnote={
          attachTo
            ? 'It is attached to the record you came from. Once it is created, you can upload its file and attach it to more records.'
            : 'Once it is created, you can upload its file and attach it to more records.'
        }
        onSubmit={async (values) => {
          const created = await createDocument(toCreateInput(values, attachTo));
          notifications.show({ color: 'green', message: `${created.title} was recorded.` });
          navigate(`/documents/${created.id}`);
        }}
      />
    </>
  );
}
