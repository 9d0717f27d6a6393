import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { getFragmentData, graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { LeadForm, LeadForm_lead } from '../components/LeadForm';
import { formValuesOf, toUpdateInput } from '../components/leadFormValues';
import { useUpdateLead } from '../hooks/useUpdateLead';

const LeadEditQuery = graphql(`
  query LeadEdit($id: ID!) {
    lead(id: $id) {
      id
      name
      version
      status
      ...LeadForm_lead
    }
  }
`);

/** /leads/:id/edit */
export function LeadEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(LeadEditQuery, { variables: { id } });
  const [updateLead] = useUpdateLead();
  const lead = data?.lead;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!lead)
    return (
      <RecordNotFound
        label="Lead"
        plural="Leads"
        path="/leads"
        description="It may have been moved to the trash, be visible to others only, or the link is wrong."
      />
    );
  const detailPath = `/leads/${lead.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${lead.name}`}
        breadcrumbs={[
          { label: 'Leads', to: '/leads' },
          { label: lead.name, to: detailPath },
        ]}
      />
      <LeadForm
        key={lead.id}
        lead={lead}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => {
          const latest = (await refetch()).data?.lead;
          return latest ? formValuesOf(getFragmentData(LeadForm_lead, latest)) : undefined;
        }}
        onSubmit={async (values) => {
          const saved = await updateLead(toUpdateInput(lead.id, values, lead.status === 'CONVERTED'));
          notifications.show({ color: 'green', message: `${saved.name} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
