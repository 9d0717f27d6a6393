import { EmptyState } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { PageHeader } from '../../ui/PageHeader';

/** A section whose screens are not built yet. */
export function ComingSoonPage({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        icon={<IconTools aria-hidden />}
        title="Not here yet"
        description="This part of the web app is being built. The GraphQL API already offers it: see /graphiql."
      />
    </>
  );
}
