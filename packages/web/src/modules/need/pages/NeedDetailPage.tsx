import { useQuery } from '@apollo/client/react';
import { Group, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert } from '../../../ui/page';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { NeedDetails } from '../components/NeedDetails';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { NewDocumentButton } from '../../document/components/NewDocumentButton';

const NeedDetailQuery = graphql(`
  query NeedDetail($id: ID!) {
    need(id: $id) {
      id
      title
      version
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
  if (!need)
    return (
      <RecordNotFound
        label="Need"
        plural="Needs"
        path="/needs"
        description="It may have been moved to the trash, or the link is wrong."
      />
    );
  const live = !need.deletedAt;

  return (
    <>
      <PageHeader
        title={need.title}
        breadcrumbs={[{ label: 'Needs', to: '/needs' }]}
        actions={
          canEdit &&
          live && (
            <Group gap="xs">
              <NewDocumentButton target="need" id={need.id} />
              <EditLinkButton />
              <DeleteRecordButton type="NEED" id={need.id} name={need.title} version={need.version} />
            </Group>
          )
        }
      />
      <Stack maw={900}>
        {!live && <TrashedAlert>This need was moved to the trash. It can be restored from the Trash.</TrashedAlert>}
        <NeedDetails
          need={need}
          tagAction={canEdit && live ? <BulkTagButton selection={{ needIds: [need.id] }} onDone={() => {}} /> : null}
        />
      </Stack>
    </>
  );
}
