import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { LeadForm } from '../components/LeadForm';
import { toCreateInput } from '../components/leadFormValues';
import { useCreateLead } from '../hooks/useCreateLead';

/** /leads/new */
export function LeadCreatePage() {
  const navigate = useNavigate();
  const [createLead] = useCreateLead();
  return (
    <>
      <PageHeader title="New lead" breadcrumbs={[{ label: 'Leads', to: '/leads' }]} />
      <LeadForm
        submitLabel="Create lead"
        onCancel={() => navigate('/leads')}
        onSubmit={async (values) => {
          const created = await createLead(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.name} was recorded.` });
          navigate(`/leads/${created.id}`);
        }}
      />
    </>
  );
}
