import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** An id that names no need the viewer may see. */
export function NeedNotFound() {
  return (
    <>
      <PageHeader title="Need not found" breadcrumbs={[{ label: 'Needs', to: '/needs' }]} />
      <EmptyState
        title="There is no such need"
        description="It may have been moved to the trash, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/needs">
            All needs
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
