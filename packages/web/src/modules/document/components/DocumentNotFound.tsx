import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** A document id that leads nowhere: deleted for good, never existed, or not shared with you. */
export function DocumentNotFound() {
  return (
    <>
      <PageHeader title="Document not found" breadcrumbs={[{ label: 'Documents', to: '/documents' }]} />
      <EmptyState
        title="This document does not exist or is not shared with you"
        description="It may have been deleted; look in the Trash, or ask its owner."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/documents">
            All documents
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
