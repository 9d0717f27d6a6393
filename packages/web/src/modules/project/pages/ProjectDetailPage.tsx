import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert, UrlTabs } from '../../../ui/page';
import { PageHeader } from '../../../ui/PageHeader';
import { GraphLinkButton } from '../../graph/components/GraphLinkButton';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { ProjectDetails } from '../components/ProjectDetails';
import { ProjectLinks } from '../../projectLink/components/ProjectLinks';
import { ProjectMilestones } from '../../projectWork/components/ProjectMilestones';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { ProjectTasks } from '../../projectWork/components/ProjectTasks';
import { RecordHistory } from '../../history/components/RecordHistory';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { NewDocumentButton } from '../../document/components/NewDocumentButton';
import { useLiveRecord } from '../../live/hooks/useLiveRecord';

const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      acronym
      version
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
  const { data, loading, error, refetch } = useQuery(ProjectDetailQuery, { variables: { id } });
  useLiveRecord(id, refetch);
  const project = data?.project;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!project)
    return (
      <RecordNotFound
        label="Project"
        plural="Projects"
        path="/projects"
        description="It may have been moved to the trash, or the link is wrong."
      />
    );
  const live = !project.deletedAt;

  return (
    <>
      <PageHeader
        title={project.acronym ? `${project.name} (${project.acronym})` : project.name}
        breadcrumbs={[{ label: 'Projects', to: '/projects' }]}
        actions={
          live && (
            <Group gap="xs">
              <GraphLinkButton id={project.id} />
              {canEdit && (
                <>
                  <LogActivityButton record={{ kind: 'PROJECT', id: project.id, name: project.name }} />
                  <NewDocumentButton target="project" id={project.id} />
                  <EditLinkButton />
                  <DeleteRecordButton type="PROJECT" id={project.id} name={project.name} version={project.version} />
                </>
              )}
            </Group>
          )
        }
      />
      {project.deletedAt && (
        <TrashedAlert mb="md">This project was moved to the trash. It can be restored from the Trash.</TrashedAlert>
      )}
      <UrlTabs
        tabs={[
          {
            value: 'overview',
            label: 'Overview',
            panel: (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <Stack>
                  <ProjectDetails
                    project={project}
                    tagAction={
                      canEdit && live ? (
                        <BulkTagButton selection={{ projectIds: [project.id] }} onDone={() => {}} />
                      ) : null
                    }
                  />
                  <ProjectMilestones project={project} editable={live} />
                  <ProjectTasks project={project} editable={live} />
                </Stack>
                <Stack>
                  <ProjectLinks project={project} editable={live} />
                </Stack>
              </SimpleGrid>
            ),
          },
          { value: 'timeline', label: 'Timeline', panel: <RecordTimeline kind="PROJECT" id={project.id} /> },
          { value: 'history', label: 'History', panel: <RecordHistory recordId={project.id} /> },
        ]}
      />
    </>
  );
}
