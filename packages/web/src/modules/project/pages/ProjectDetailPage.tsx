import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { ProjectDetails } from '../components/ProjectDetails';
import { ProjectLinks } from '../components/ProjectLinks';
import { ProjectMilestones } from '../components/ProjectMilestones';
import { ProjectNotFound } from '../components/ProjectNotFound';
import { ProjectTasks } from '../components/ProjectTasks';
import { RecordHistory } from '../../history/components/RecordHistory';

const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      acronym
      deletedAt
      ...ProjectDetails_project
      ...ProjectLinks_project
      ...ProjectTasks_project
      ...ProjectMilestones_project
    }
  }
`);

/** /projects/:id: its fields, who takes part in which role, its tasks and milestones. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(ProjectDetailQuery, { variables: { id } });
  const project = data?.project;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!project) return <ProjectNotFound />;
  const live = !project.deletedAt;
  const tab = searchParams.get('tab') ?? 'overview';

  return (
    <>
      <PageHeader
        title={project.acronym ? `${project.name} (${project.acronym})` : project.name}
        breadcrumbs={[{ label: 'Projects', to: '/projects' }]}
        actions={
          canEdit &&
          live && (
            <Group gap="xs">
              <LogActivityButton record={{ kind: 'PROJECT', id: project.id, name: project.name }} />
              <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
                Edit
              </Button>
            </Group>
          )
        }
      />
      {project.deletedAt && (
        <Alert color="orange" title="In the trash" mb="md">
          This project was moved to the trash. It can be restored from the Trash.
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack>
              <ProjectDetails
                project={project}
                tagAction={
                  canEdit && live ? <BulkTagButton selection={{ projectIds: [project.id] }} onDone={() => {}} /> : null
                }
              />
              <ProjectMilestones project={project} editable={live} />
              <ProjectTasks project={project} editable={live} />
            </Stack>
            <Stack>
              <ProjectLinks project={project} editable={live} />
            </Stack>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <RecordTimeline kind="PROJECT" id={project.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <RecordHistory recordId={project.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
