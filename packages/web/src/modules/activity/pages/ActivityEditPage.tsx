import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { getFragmentData, graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ActivityForm, ActivityForm_activity } from '../components/ActivityForm';
import { formValuesOf, toUpdateInput } from '../components/activityFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateActivity } from '../hooks/useUpdateActivity';

export const ActivityEditQuery = graphql(`
  query ActivityEdit($id: ID!) {
    activity(id: $id) {
      id
      subject
      version
      ...ActivityForm_activity
    }
  }
`);

/** /activities/:id/edit */
export function ActivityEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ActivityEditQuery, { variables: { id } });
  const [updateActivity] = useUpdateActivity();
  const activity = data?.activity;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!activity) return <RecordNotFound label="Activity" plural="Activities" path="/activities" />;
  const detailPath = `/activities/${activity.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${activity.subject}`}
        breadcrumbs={[
          { label: 'Activities', to: '/activities' },
          { label: activity.subject, to: detailPath },
        ]}
      />
      <ActivityForm
        key={activity.id}
        activity={activity}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onReloadLatest={async () => {
          const latest = (await refetch()).data?.activity;
          return latest ? formValuesOf(getFragmentData(ActivityForm_activity, latest)) : undefined;
        }}
        onSubmit={async (values) => {
          const saved = await updateActivity(toUpdateInput(activity.id, values));
          notifications.show({ color: 'green', message: `${saved.subject} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
