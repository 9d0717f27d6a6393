import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert } from '../../../ui/page';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { ActivityConcerns } from '../components/ActivityConcerns';
import { ActivityDetails } from '../components/ActivityDetails';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { ActivityParticipants } from '../components/ActivityParticipants';
import { useSetActivityStatus } from '../hooks/useSetActivityStatus';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { NewDocumentButton } from '../../document/components/NewDocumentButton';

const ActivityDetailQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      id
      subject
      kind
      links {
        id
        organization {
          id
        }
        project {
          id
        }
      }
      status
      version
      deletedAt
      ...ActivityDetails_activity
      ...ActivityParticipants_activity
      ...ActivityConcerns_activity
    }
  }
`);

/** /activities/:id: its fields, who takes part and what it concerns. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(ActivityDetailQuery, { variables: { id } });
  const [setStatus, { loading: marking }] = useSetActivityStatus();
  const activity = data?.activity;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!activity) return <RecordNotFound label="Activity" plural="Activities" path="/activities" />;
  const editable = canEdit && !activity.deletedAt;

  const markDone = async () => {
    try {
      await setStatus(activity, 'DONE');
      notifications.show({ color: 'green', message: `${activity.subject} is marked done.` });
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <>
      <PageHeader
        title={activity.subject}
        breadcrumbs={[{ label: 'Activities', to: '/activities' }]}
        actions={
          editable && (
            <Group gap="xs">
              {activity.status === 'PLANNED' && (
                <Button
                  variant="default"
                  loading={marking}
                  leftSection={<IconCheck size={18} aria-hidden />}
                  onClick={() => void markDone()}
                >
                  Mark done
                </Button>
              )}
              <NewDocumentButton
                target="activity"
                id={activity.id}
                {...(activity.kind === 'MEETING' && {
                  label: 'Write the minutes',
                  title: `Minutes: ${activity.subject}`,
                  kind: 'MINUTES' as const,
                  alsoAttachTo: activity.links.flatMap((link) => [
                    ...(link.organization ? [{ target: 'organization' as const, id: link.organization.id }] : []),
                    ...(link.project ? [{ target: 'project' as const, id: link.project.id }] : []),
                  ]),
                })}
              />
              <BulkTagButton selection={{ activityIds: [activity.id] }} onDone={() => void refetch()} />
              <EditLinkButton />
              <DeleteRecordButton type="ACTIVITY" id={activity.id} name={activity.subject} version={activity.version} />
            </Group>
          )
        }
      />
      <Stack>
        {activity.deletedAt && (
          <TrashedAlert>This activity was moved to the trash. It can be restored from the Trash.</TrashedAlert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ActivityDetails activity={activity} />
          <Stack>
            <ActivityConcerns activity={activity} canEdit={editable} />
            <ActivityParticipants activity={activity} canEdit={editable} />
          </Stack>
        </SimpleGrid>
      </Stack>
    </>
  );
}
