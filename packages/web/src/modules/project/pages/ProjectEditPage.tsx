import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { getFragmentData, graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ProjectForm, ProjectForm_project } from '../components/ProjectForm';
import { formValuesOf, toUpdateInput } from '../components/projectFormValues';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { useUpdateProject } from '../hooks/useUpdateProject';
import { SavedElsewhereAlert } from '../../live/components/SavedElsewhereAlert';

export const ProjectEditQuery = graphql(`
  query ProjectEdit($id: ID!) {
    project(id: $id) {
      id
      name
      version
      ...ProjectForm_project
    }
  }
`);

/** /projects/:id/edit */
export function ProjectEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ProjectEditQuery, { variables: { id } });
  const [updateProject] = useUpdateProject();
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
  const detailPath = `/projects/${project.id}`;

  return (
    <>
      <PageHeader
        title={`Edit ${project.name}`}
        breadcrumbs={[
          { label: 'Projects', to: '/projects' },
          { label: project.name, to: detailPath },
        ]}
      />
      <SavedElsewhereAlert recordId={project.id} label="project" />
      <ProjectForm
        key={project.id}
        project={project}
        submitLabel="Save changes"
        onCancel={() => navigate(detailPath)}
        onLoadLatest={async () => {
          const latest = (await refetch()).data?.project;
          return latest ? formValuesOf(getFragmentData(ProjectForm_project, latest)) : undefined;
        }}
        onSubmit={async (values) => {
          const saved = await updateProject(toUpdateInput(project.id, values));
          notifications.show({ color: 'green', message: `${saved.name} was saved.` });
          navigate(detailPath);
        }}
      />
    </>
  );
}
