import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { DocumentForm } from '../components/DocumentForm';
import { toCreateInput } from '../components/documentFormValues';
import { useCreateDocument } from '../hooks/useCreateDocument';

/** `?organization=<id>` (or contact, project): the record the new document is attached to. */
function attachToOf(params: URLSearchParams) {
  const organization = params.get('organization');
  const contact = params.get('contact');
  const project = params.get('project');
  if (!organization && !contact && !project) return undefined;
  return {
    ...(organization && { organizationIds: [organization] }),
    ...(contact && { contactIds: [contact] }),
    ...(project && { projectIds: [project] }),
  };
}

/** /documents/new */
export function DocumentCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [createDocument] = useCreateDocument();
  const attachTo = attachToOf(params);
  return (
    <>
      <PageHeader title="New document" breadcrumbs={[{ label: 'Documents', to: '/documents' }]} />
      <DocumentForm
        submitLabel="Create document"
        onCancel={() => navigate(-1)}
        footnote="Once it is created, you can upload its file and attach it to more records."
        onSubmit={async (values) => {
          const created = await createDocument(toCreateInput(values, attachTo));
          notifications.show({ color: 'green', message: `${created.title} was recorded.` });
          navigate(`/documents/${created.id}`);
        }}
      />
    </>
  );
}
