import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationForm } from '../components/OrganizationForm';
import { toCreateInput } from '../components/organizationFormValues';
import { useCreateOrganization } from '../hooks/useCreateOrganization';

/** /organizations/new */
export function OrganizationCreatePage() {
  const navigate = useNavigate();
  const [createOrganization] = useCreateOrganization();
  return (
    <>
      <PageHeader title="New organization" breadcrumbs={[{ label: 'Organizations', to: '/organizations' }]} />
      <OrganizationForm
        submitLabel="Create organization"
        onCancel={() => navigate('/organizations')}
        onSubmit={async (values) => {
          const created = await createOrganization(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.name} was recorded.` });
          navigate(`/organizations/${created.id}`);
        }}
      />
    </>
  );
}
