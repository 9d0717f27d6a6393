import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, MergedAlert, TrashedAlert, UrlTabs } from '../../../ui/page';
import { RecentWork } from '../../timeline/components/RecentWork';
import { PageHeader } from '../../../ui/PageHeader';
import { GraphLinkButton } from '../../graph/components/GraphLinkButton';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { MergeContactButton } from '../../merge/components/MergeContactButton';
import { AddToProjectButton } from '../../projectLink/components/AddToProjectButton';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { ContactAffiliations } from '../components/ContactAffiliations';
import { ContactDetails } from '../components/ContactDetails';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { ContactProjects } from '../components/ContactProjects';
import { RecordHistory } from '../../history/components/RecordHistory';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { NewDocumentButton } from '../../document/components/NewDocumentButton';
import { useLiveRecord } from '../../live/hooks/useLiveRecord';

export const ContactDetailQuery = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      id
      name
      version
      deletedAt
      mergedInto {
        id
        name
      }
      primaryOrganization {
        id
        name
      }
      ...ContactDetails_contact
      ...ContactAffiliations_contact
      ...ContactProjects_contact
    }
  }
`);

/** /contacts/:id: their fields, where they work, what they take part in; tabs for what happened. */
export function ContactDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(ContactDetailQuery, { variables: { id } });
  useLiveRecord(id, refetch);
  const contact = data?.contact;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!contact)
    return (
      <RecordNotFound
        label="Contact"
        plural="Contacts"
        path="/contacts"
        description="They may have been moved to the trash, merged into another contact, or the link is wrong."
      />
    );
  const live = !contact.deletedAt;

  return (
    <>
      <PageHeader
        title={contact.name}
        description={contact.primaryOrganization?.name}
        breadcrumbs={[{ label: 'Contacts', to: '/contacts' }]}
        actions={
          live && (
            <Group gap="xs">
              <GraphLinkButton id={contact.id} />
              {canEdit && (
                <>
                  <LogActivityButton record={{ kind: 'CONTACT', id: contact.id, name: contact.name }} />
                  <NewDocumentButton target="contact" id={contact.id} />
                  <MergeContactButton contact={contact} />
                  <AddToProjectButton party="contact" record={{ id: contact.id, name: contact.name }} />
                  <EditLinkButton />
                  <DeleteRecordButton type="CONTACT" id={contact.id} name={contact.name} version={contact.version} />
                </>
              )}
            </Group>
          )
        }
      />
      <Stack>
        {contact.mergedInto ? (
          <MergedAlert
            noun="contact"
            into={{ name: contact.mergedInto.name, to: `/contacts/${contact.mergedInto.id}` }}
          />
        ) : (
          !live && (
            <TrashedAlert>This contact was moved to the trash. They can be restored from the Trash.</TrashedAlert>
          )
        )}
        <UrlTabs
          tabs={[
            {
              value: 'overview',
              label: 'Overview',
              panel: (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <ContactDetails contact={contact} />
                  <Stack>
                    <RecentWork kind="CONTACT" id={contact.id} timelineHref="?tab=timeline" />
                    <ContactAffiliations contact={contact} />
                    <ContactProjects contact={contact} />
                  </Stack>
                </SimpleGrid>
              ),
            },
            { value: 'timeline', label: 'Timeline', panel: <RecordTimeline kind="CONTACT" id={contact.id} /> },
            { value: 'history', label: 'History', panel: <RecordHistory recordId={contact.id} /> },
          ]}
        />
      </Stack>
    </>
  );
}
