import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationForm } from '../components/OrganizationForm';
import { toUpdateInput } from '../components/organizationFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateOrganization } from '../hooks/useUpdateOrganization';
import { SavedElsewhereAlert } from '../../live/components/SavedElsewhereAlert';

export const OrganizationEditQuery = graphql(`
  query OrganizationEdit($id: ID!) {
    organization(id: $id) {
      id
      name
      version
      parent {
        id
      }
      ...OrganizationForm_organization
    }
  }
`);

/** /organizations/:id/edit */
export function OrganizationEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OrganizationEditQuery, { variables: { id } });
  const [updateOrganization] = useUpdateOrganization();
  const organization = data?.organization;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!organization)
    return (
      <RecordNotFound
        label="Organization"
        plural="Organizations"
        path="/organizations"
        description="It may have been moved to the trash, merged into another one, or the link is wrong."
      />
    );
  const detailPath = `/organizations/${organization.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${organization.name}`}
        breadcrumbs={[
          { label: 'Organizations', to: '/organizations' },
          { label: organization.name, to: detailPath },
        ]}
      />
      <SavedElsewhereAlert recordId={organization.id} label="organization" />
      <OrganizationForm
        key={organization.id}
        organization={organization}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => (await refetch()).data?.organization}
        onSubmit={async (values) => {
          const saved = await updateOrganization(toUpdateInput(organization.id, values), organization.parent?.id);
          notifications.show({ color: 'green', message: `${saved.name} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
