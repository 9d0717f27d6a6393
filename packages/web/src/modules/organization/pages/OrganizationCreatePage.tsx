import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationForm } from '../components/OrganizationForm';
import { toCreateInput } from '../components/organizationFormValues';
import { useCreateOrganization } from '../hooks/useCreateOrganization';
import { useMergeIntoExistingOrganization } from '../hooks/useMergeIntoExistingOrganization';

/** /organizations/new */
export function OrganizationCreatePage() {
  const navigate = useNavigate();
  const [createOrganization] = useCreateOrganization();
  const mergeInto = useMergeIntoExistingOrganization();
  return (
    <>
      <PageHeader title="New organization" breadcrumbs={[{ label: 'Organizations', to: '/organizations' }]} />
      <OrganizationForm
        submitLabel="Create organization"
        onCancel={() => navigate('/organizations')}
        onMergeInto={mergeInto}
        onSubmit={async (values) => {
          const created = await createOrganization(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.name} was recorded.` });
          navigate(`/organizations/${created.id}`);
        }}
      />
    </>
  );
}
