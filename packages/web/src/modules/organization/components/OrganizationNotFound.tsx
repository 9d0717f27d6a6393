import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** An id that names no organization the viewer may see. */
export function OrganizationNotFound() {
  return (
    <>
      <PageHeader title="Organization not found" breadcrumbs={[{ label: 'Organizations', to: '/organizations' }]} />
      <EmptyState
        title="There is no such organization"
        description="It may have been moved to the trash, merged into another one, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/organizations">
            All organizations
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
