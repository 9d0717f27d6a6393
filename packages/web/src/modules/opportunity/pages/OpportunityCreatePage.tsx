import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { graphql } from '../../../generated';
import { PageHeader } from '../../../ui/PageHeader';
import { OpportunityForm } from '../components/OpportunityForm';
import { toCreateInput } from '../components/opportunityFormValues';
import { useCreateOpportunity } from '../hooks/useCreateOpportunity';

const OpportunityCreateOrganizationQuery = graphql(`
  query OpportunityCreateOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);

/** /opportunities/new, ?pipeline=<id> from the board, ?organization=<id> from an organization's page. */
export function OpportunityCreatePage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const pipelineId = searchParams.get('pipeline');
  const organizationId = searchParams.get('organization') ?? '';
  const { data, loading } = useQuery(OpportunityCreateOrganizationQuery, {
    variables: { id: organizationId },
    skip: !organizationId,
  });
  const [createOpportunity] = useCreateOpportunity();
  const organization = data?.organization ?? null;
  const backTo = organization
    ? `/organizations/${organization.id}`
    : pipelineId
      ? `/pipeline/${encodeURIComponent(pipelineId)}`
      : '/pipeline';

  if (organizationId && loading && !data) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={organization ? `New opportunity with ${organization.name}` : 'New opportunity'}
        breadcrumbs={[{ label: 'Pipeline', to: '/pipeline' }]}
      />
      <OpportunityForm
        defaults={{ pipelineId, organization }}
        submitLabel="Create"
        onCancel={() => navigate(backTo)}
        onSubmit={async (values) => {
          const created = await createOpportunity(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.title} was recorded.` });
          navigate(`/opportunities/${created.id}`);
        }}
      />
    </>
  );
}
