import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { graphql } from '../../../generated';
import { PageHeader } from '../../../ui/PageHeader';
import { NeedForm } from '../components/NeedForm';
import { toCreateInput } from '../components/needFormValues';
import { useCreateNeed } from '../hooks/useCreateNeed';

const NeedCreateOrganizationQuery = graphql(`
  query NeedCreateOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);

/** /needs/new, or /needs/new?organization=<id> from an organization's page (prefilled). */
export function NeedCreatePage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const organizationId = searchParams.get('organization') ?? '';
  const { data, loading } = useQuery(NeedCreateOrganizationQuery, {
    variables: { id: organizationId },
    skip: !organizationId,
  });
  const [createNeed] = useCreateNeed();
  const organization = data?.organization ?? null;
  const backTo = organization ? `/organizations/${organization.id}` : '/needs';

  if (organizationId && loading && !data) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={organization ? `New need of ${organization.name}` : 'New need'}
        breadcrumbs={
          organization
            ? [
                { label: 'Organizations', to: '/organizations' },
                { label: organization.name, to: backTo },
              ]
            : [{ label: 'Needs', to: '/needs' }]
        }
      />
      <NeedForm
        organization={organization}
        submitLabel="Create need"
        onCancel={() => navigate(backTo)}
        onSubmit={async (values) => {
          const created = await createNeed(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.title} was recorded.` });
          navigate(`/needs/${created.id}`);
        }}
      />
    </>
  );
}
