import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { graphql } from '../../../generated';
import { PageHeader } from '../../../ui/PageHeader';
import { usePipelines } from '../../pipeline/hooks/usePipelines';
import { wordingOf } from '../../pipeline/pipelineLabels';
import { OpportunityForm } from '../components/OpportunityForm';
import { toCreateInput } from '../components/opportunityFormValues';
import { useCreateOpportunity } from '../hooks/useCreateOpportunity';

export const OpportunityCreateOrganizationQuery = graphql(`
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
  const { pipelines, loading: pipelinesLoading } = usePipelines();
  const pipeline = pipelines.find((candidate) => candidate.id === pipelineId) ?? pipelines[0];
  const noun = wordingOf(pipeline).singular;
  const organization = data?.organization ?? null;
  const backTo = organization
    ? `/organizations/${organization.id}`
    : pipelineId
      ? `/pipeline/${encodeURIComponent(pipelineId)}`
      : '/pipeline';

  if ((organizationId && loading && !data) || pipelinesLoading) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={organization ? `New ${noun} with ${organization.name}` : `New ${noun}`}
        breadcrumbs={[{ label: 'Pipeline', to: '/pipeline' }]}
      />
      <OpportunityForm
        defaults={{ pipelineId: pipeline?.id ?? null, organization }}
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
