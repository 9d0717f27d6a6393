import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ContactForm } from '../components/ContactForm';
import { toUpdateInput } from '../components/contactFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateContact } from '../hooks/useUpdateContact';
import { SavedElsewhereAlert } from '../../live/components/SavedElsewhereAlert';

export const ContactEditQuery = graphql(`
  query ContactEdit($id: ID!) {
    contact(id: $id) {
      id
      name
      version
      ...ContactForm_contact
    }
  }
`);

/** /contacts/:id/edit */
export function ContactEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(ContactEditQuery, { variables: { id }, skip: !canEdit });
  const [updateContact] = useUpdateContact();
  const contact = data?.contact;

  if (!canEdit) return <Navigate to={`/contacts/${id}`} replace />;
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!contact)
    return (
      <RecordNotFound
        label="Contact"
        plural="Contacts"
        path="/contacts"
        description="They may have been moved to the trash, merged into another contact, or the link is wrong."
      />
    );
  const detailPath = `/contacts/${contact.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${contact.name}`}
        breadcrumbs={[
          { label: 'Contacts', to: '/contacts' },
          { label: contact.name, to: detailPath },
        ]}
      />
      <SavedElsewhereAlert recordId={contact.id} label="contact" />
      <ContactForm
        key={contact.id}
        contact={contact}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => (await refetch()).data?.contact}
        onSubmit={async (values) => {
          const saved = await updateContact(toUpdateInput(contact.id, values));
          notifications.show({ color: 'green', message: `${saved.name} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
