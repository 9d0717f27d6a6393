import { notifications } from '@mantine/notifications';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { PageHeader } from '../../../ui/PageHeader';
import { ContactForm } from '../components/ContactForm';
import { toCreateInput } from '../components/contactFormValues';
import { useCreateContact } from '../hooks/useCreateContact';
import { useMergeIntoExistingContact } from '../hooks/useMergeIntoExistingContact';

/** /contacts/new */
export function ContactCreatePage() {
  const navigate = useNavigate();
  const { canEdit } = useSession();
  const [createContact] = useCreateContact();
  const mergeInto = useMergeIntoExistingContact();
  if (!canEdit) return <Navigate to="/contacts" replace />;
  return (
    <>
      <PageHeader title="New contact" breadcrumbs={[{ label: 'Contacts', to: '/contacts' }]} />
      <ContactForm
        submitLabel="Create contact"
        onCancel={() => navigate('/contacts')}
        onMergeInto={mergeInto}
        onSubmit={async (values) => {
          const created = await createContact(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.name} was recorded.` });
          navigate(`/contacts/${created.id}`);
        }}
      />
    </>
  );
}
