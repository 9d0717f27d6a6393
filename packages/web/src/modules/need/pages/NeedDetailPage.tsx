import { useQuery } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { NeedDetails } from '../components/NeedDetails';
import { NeedNotFound } from '../components/NeedNotFound';

const NeedDetailQuery = graphql(`
  query NeedDetail($id: ID!) {
    need(id: $id) {
      id
      title
      deletedAt
      ...NeedDetails_need
    }
  }
`);

/** /needs/:id */
export function NeedDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(NeedDetailQuery, { variables: { id } });
  const need = data?.need;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!need) return <NeedNotFound />;
  const live = !need.deletedAt;

  return (
    <>
      <PageHeader
        title={need.title}
        breadcrumbs={[{ label: 'Needs', to: '/needs' }]}
        actions={
          canEdit &&
          live && (
            <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
              Edit
            </Button>
          )
        }
      />
      <Stack maw={900}>
        {!live && (
          <Alert color="orange" title="In the trash">
            This need was moved to the trash. It can be restored from the Trash.
          </Alert>
        )}
        <NeedDetails
          need={need}
          tagAction={canEdit && live ? <BulkTagButton selection={{ needIds: [need.id] }} onDone={() => {}} /> : null}
        />
      </Stack>
    </>
  );
}
