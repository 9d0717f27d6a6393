import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { ProjectForm } from '../components/ProjectForm';
import { toCreateInput } from '../components/projectFormValues';
import { useCreateProject } from '../hooks/useCreateProject';

/** /projects/new */
export function ProjectCreatePage() {
  const navigate = useNavigate();
  const [createProject] = useCreateProject();
  return (
    <>
      <PageHeader title="New project" breadcrumbs={[{ label: 'Projects', to: '/projects' }]} />
      <ProjectForm
        submitLabel="Create project"
        onCancel={() => navigate('/projects')}
        onSubmit={async (values) => {
          const created = await createProject(toCreateInput(values));
          notifications.show({ color: 'green', message: `${created.name} was recorded.` });
          navigate(`/projects/${created.id}`);
        }}
      />
    </>
  );
}
