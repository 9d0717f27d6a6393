import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { getFragmentData, graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { PageHeader } from '../../../ui/PageHeader';
import { OpportunityForm, OpportunityForm_opportunity } from '../components/OpportunityForm';
import { formValuesOf, toUpdateInput } from '../components/opportunityFormValues';
import { useUpdateOpportunity } from '../hooks/useUpdateOpportunity';

export const OpportunityEditQuery = graphql(`
  query OpportunityEdit($id: ID!) {
    opportunity(id: $id) {
      id
      title
      version
      stageId
      organization {
        id
      }
      project {
        id
      }
      ...OpportunityForm_opportunity
    }
  }
`);

/** /opportunities/:id/edit */
export function OpportunityEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OpportunityEditQuery, { variables: { id } });
  const [updateOpportunity] = useUpdateOpportunity();
  const opportunity = data?.opportunity;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!opportunity)
    return (
      <RecordNotFound
        label="Opportunity"
        plural="Pipeline"
        path="/pipeline"
        description="It may have been moved to the trash, or the link is wrong."
      />
    );
  const detailPath = `/opportunities/${opportunity.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${opportunity.title}`}
        breadcrumbs={[
          { label: 'Pipeline', to: '/pipeline' },
          { label: opportunity.title, to: detailPath },
        ]}
      />
      <OpportunityForm
        key={opportunity.id}
        opportunity={opportunity}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => {
          const latest = (await refetch()).data?.opportunity;
          return latest ? formValuesOf(getFragmentData(OpportunityForm_opportunity, latest)) : undefined;
        }}
        onSubmit={async (values) => {
          const saved = await updateOpportunity(toUpdateInput(opportunity.id, values, opportunity.stageId), {
            organizationId: opportunity.organization?.id,
            projectId: opportunity.project?.id,
          });
          notifications.show({ color: 'green', message: `${saved.title} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
