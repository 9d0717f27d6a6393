import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** An id that names no contact the viewer may see. */
export function ContactNotFound() {
  return (
    <>
      <PageHeader title="Contact not found" breadcrumbs={[{ label: 'Contacts', to: '/contacts' }]} />
      <EmptyState
        title="There is no such contact"
        description="They may have been moved to the trash, merged into another contact, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/contacts">
            All contacts
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
