import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** An id that names no activity the viewer may see. */
export function ActivityNotFound() {
  return (
    <>
      <PageHeader title="Activity not found" breadcrumbs={[{ label: 'Activities', to: '/activities' }]} />
      <EmptyState
        title="There is no such activity"
        description="It may have been moved to the trash, it is not shared with you, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/activities">
            All activities
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
