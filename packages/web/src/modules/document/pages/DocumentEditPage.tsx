import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { DocumentForm } from '../components/DocumentForm';
import { toUpdateInput } from '../components/documentFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateDocument } from '../hooks/useUpdateDocument';

export const DocumentEditQuery = graphql(`
  query DocumentEdit($id: ID!) {
    document(id: $id) {
      id
      title
      ...DocumentForm_document
    }
  }
`);

/** /documents/:id/edit */
export function DocumentEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(DocumentEditQuery, { variables: { id } });
  const [updateDocument] = useUpdateDocument();
  const document = data?.document;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!document)
    return (
      <RecordNotFound
        label="Document"
        plural="Documents"
        path="/documents"
        description="It may have been moved to the trash, it is not shared with you (ask its owner), or the link is wrong."
      />
    );
  const detailPath = `/documents/${document.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${document.title}`}
        breadcrumbs={[
          { label: 'Documents', to: '/documents' },
          { label: document.title, to: detailPath },
        ]}
      />
      <DocumentForm
        key={document.id}
        document={document}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => (await refetch()).data?.document}
        onSubmit={async (values) => {
          const saved = await updateDocument(toUpdateInput(document.id, values));
          notifications.show({ color: 'green', message: `${saved.title} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
