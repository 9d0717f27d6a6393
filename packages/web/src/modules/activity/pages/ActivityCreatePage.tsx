import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ActivityKind, CreateActivityInput } from '../../../generated/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { ACTIVITY_KIND_LABELS } from '../activityLabels';
import { ActivityForm } from '../components/ActivityForm';
import { toCreateInput } from '../components/activityFormValues';
import { useCreateActivity } from '../hooks/useCreateActivity';

/** `?organization=<id>` (or contact, project): the record the new activity concerns, besides those chosen. */
function concernsOf(params: URLSearchParams): CreateActivityInput['concerns'] {
  const organization = params.get('organization');
  const contact = params.get('contact');
  const project = params.get('project');
  if (!organization && !contact && !project) return undefined;
  return {
    ...(organization && { organizationIds: [organization] }),
    ...(contact && { contactIds: [contact] }),
    ...(project && { projectIds: [project] }),
  };
}

/** Both lists of ids, without repeats. */
function withConcerns(input: CreateActivityInput, extra: CreateActivityInput['concerns']): CreateActivityInput {
  if (!extra) return input;
  const merged = { ...input.concerns };
  for (const key of ['organizationIds', 'contactIds', 'projectIds'] as const) {
    const ids = [...new Set([...(input.concerns?.[key] ?? []), ...(extra[key] ?? [])])];
    if (ids.length) merged[key] = ids;
  }
  return { ...input, concerns: merged };
}

/**
 * /activities/new, /activities/new?kind=TODO to start with a kind, and `&organization=<id>` (or
 * contact, project) from a record's page: the activity concerns it too.
 */
export function ActivityCreatePage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [createActivity] = useCreateActivity();
  const kind = searchParams.get('kind');
  const concerns = concernsOf(searchParams);
  const defaults = useMemo(() => (kind && kind in ACTIVITY_KIND_LABELS ? { kind: kind as ActivityKind } : {}), [kind]);
  return (
    <>
      <PageHeader title="New activity" breadcrumbs={[{ label: 'Activities', to: '/activities' }]} />
      <ActivityForm
        defaults={defaults}
        submitLabel="Create activity"
        onCancel={() => navigate('/activities')}
        onSubmit={async (values) => {
          const created = await createActivity(withConcerns(toCreateInput(values), concerns));
          notifications.show({ color: 'green', message: `${created.subject} was recorded.` });
          navigate(`/activities/${created.id}`);
        }}
      />
    </>
  );
}
