import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title="There is no page at this address" description="The link may be mistyped or out of date.">
        <EmptyState.Actions>
          <Button component={Link} to="/">
            Go to the start page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
