import { Button, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../../ui/errors/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';

/** A page that failed to load or render (often: a new version was deployed meanwhile). */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Stack>
      <PageHeader title="This page could not be shown" />
      <ErrorAlert
        error={error}
        title="Something went wrong"
        actions={
          <Button size="xs" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        }
      />
    </Stack>
  );
}
