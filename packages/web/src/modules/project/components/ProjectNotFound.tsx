import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** An id that names no project the viewer may see. */
export function ProjectNotFound() {
  return (
    <>
      <PageHeader title="Project not found" breadcrumbs={[{ label: 'Projects', to: '/projects' }]} />
      <EmptyState
        title="There is no such project"
        description="It may have been moved to the trash, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/projects">
            All projects
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
