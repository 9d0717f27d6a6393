import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert, UrlTabs } from '../../../ui/page';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { RecordHistory } from '../../history/components/RecordHistory';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { ConvertLeadDialog } from '../components/ConvertLeadDialog';
import { DisqualifyLeadDialog } from '../components/DisqualifyLeadDialog';
import { LeadDetails } from '../components/LeadDetails';
import { UndoLeadConversionMutation } from '../hooks/leadOperations';

const LeadDetailQuery = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      id
      name
      version
      status
      email
      organizationName
      deletedAt
      ...LeadDetails_lead
    }
  }
`);

/** /leads/:id: the lead, and what may be done with it as it stands (disqualify, convert, undo). */
export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(LeadDetailQuery, { variables: { id } });
  const [dialog, setDialog] = useState<'convert' | 'disqualify' | null>(null);
  const [undo, undoing] = useMutation(UndoLeadConversionMutation);
  const lead = data?.lead;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!lead)
    return (
      <RecordNotFound
        label="Lead"
        plural="Leads"
        path="/leads"
        description="It may have been moved to the trash, be visible to others only, or the link is wrong."
      />
    );
  const live = !lead.deletedAt;
  const converted = lead.status === 'CONVERTED';
  const undoConversion = async () => {
    try {
      await undo({
        variables: { id: lead.id },
        update(cache) {
          for (const field of ['leads', 'contacts', 'organizations'])
            cache.evict({ id: 'ROOT_QUERY', fieldName: field });
          cache.gc();
        },
      });
      notifications.show({ color: 'green', message: `The conversion of ${lead.name} was undone.` });
    } catch {
      // Shown below the header.
    }
  };

  return (
    <>
      <PageHeader
        title={lead.name}
        breadcrumbs={[{ label: 'Leads', to: '/leads' }]}
        actions={
          canEdit &&
          live && (
            <Group gap="xs">
              {converted ? (
                <Button variant="default" loading={undoing.loading} onClick={() => void undoConversion()}>
                  Undo conversion
                </Button>
              ) : (
                <>
                  <Button onClick={() => setDialog('convert')}>Convert…</Button>
                  {lead.status !== 'DISQUALIFIED' && (
                    <Button variant="default" onClick={() => setDialog('disqualify')}>
                      Disqualify…
                    </Button>
                  )}
                </>
              )}
              <EditLinkButton />
              <DeleteRecordButton type="LEAD" id={lead.id} name={lead.name} version={lead.version} />
            </Group>
          )
        }
      />
      <UrlTabs
        tabs={[
          {
            value: 'overview',
            label: 'Overview',
            panel: (
              <Stack maw={900}>
                {!live && (
                  <TrashedAlert>This lead was moved to the trash. It can be restored from the Trash.</TrashedAlert>
                )}
                {undoing.error && <ErrorAlert error={undoing.error} />}
                <LeadDetails
                  lead={lead}
                  tagAction={
                    canEdit && live ? <BulkTagButton selection={{ leadIds: [lead.id] }} onDone={() => {}} /> : null
                  }
                />
              </Stack>
            ),
          },
          { value: 'history', label: 'History', panel: <RecordHistory recordId={lead.id} /> },
        ]}
      />
      {dialog === 'convert' && <ConvertLeadDialog lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'disqualify' && <DisqualifyLeadDialog lead={lead} onClose={() => setDialog(null)} />}
    </>
  );
}
