import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { getFragmentData, graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { NeedForm, NeedForm_need } from '../components/NeedForm';
import { formValuesOf, toUpdateInput } from '../components/needFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateNeed } from '../hooks/useUpdateNeed';

export const NeedEditQuery = graphql(`
  query NeedEdit($id: ID!) {
    need(id: $id) {
      id
      title
      version
      organization {
        id
      }
      project {
        id
      }
      ...NeedForm_need
    }
  }
`);

/** /needs/:id/edit */
export function NeedEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NeedEditQuery, { variables: { id } });
  const [updateNeed] = useUpdateNeed();
  const need = data?.need;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!need)
    return (
      <RecordNotFound
        label="Need"
        plural="Needs"
        path="/needs"
        description="It may have been moved to the trash, or the link is wrong."
      />
    );
  const detailPath = `/needs/${need.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${need.title}`}
        breadcrumbs={[
          { label: 'Needs', to: '/needs' },
          { label: need.title, to: detailPath },
        ]}
      />
      <NeedForm
        key={need.id}
        need={need}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => {
          const latest = (await refetch()).data?.need;
          return latest ? formValuesOf(getFragmentData(NeedForm_need, latest)) : undefined;
        }}
        onSubmit={async (values) => {
          const saved = await updateNeed(toUpdateInput(need.id, values), {
            organizationId: need.organization?.id,
            projectId: need.project?.id,
          });
          notifications.show({ color: 'green', message: `${saved.title} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
