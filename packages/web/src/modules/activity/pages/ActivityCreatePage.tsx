import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ActivityKind } from '../../../generated/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { ACTIVITY_KIND_LABELS } from '../activityLabels';
import { ActivityForm } from '../components/ActivityForm';
import { toCreateInput } from '../components/activityFormValues';
import { useCreateActivity } from '../hooks/useCreateActivity';

/** /activities/new, or /activities/new?kind=TODO to start with a kind. */
export function ActivityCreatePage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [createActivity] = useCreateActivity();
  const kind = searchParams.get('kind');
  const defaults = useMemo(() => (kind && kind in ACTIVITY_KIND_LABELS ? { kind: kind as ActivityKind } : {}), [kind]);
  return (
    <>
      <PageHeader title="New activity" breadcrumbs={[{ label: 'Activities', to: '/activities' }]} />
      <ActivityForm
        defaults={defaults}
        submitLabel="Create activity"
        onCancel={() => navigate('/activities')}
        onSubmit={async (values) => {
          const created = await createActivity(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.subject} was recorded.` });
          navigate(`/activities/${created.id}`);
        }}
      />
    </>
  );
}
