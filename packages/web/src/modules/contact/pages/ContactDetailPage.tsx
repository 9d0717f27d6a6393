import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { MergeContactButton } from '../../merge/components/MergeContactButton';
import { AddToProjectButton } from '../../project/components/AddToProjectButton';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { ContactAffiliations } from '../components/ContactAffiliations';
import { ContactDetails } from '../components/ContactDetails';
import { ContactNotFound } from '../components/ContactNotFound';
import { ContactProjects } from '../components/ContactProjects';
import { RecordHistory } from '../../history/components/RecordHistory';

export const ContactDetailQuery = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      id
      name
      version
      deletedAt
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
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') ?? 'overview';
  const { data, loading, error, refetch } = useQuery(ContactDetailQuery, { variables: { id } });
  const contact = data?.contact;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!contact) return <ContactNotFound />;
  const live = !contact.deletedAt;

  return (
    <>
      <PageHeader
        title={contact.name}
        description={contact.primaryOrganization?.name}
        breadcrumbs={[{ label: 'Contacts', to: '/contacts' }]}
        actions={
          canEdit &&
          live && (
            <Group gap="xs">
              <LogActivityButton record={{ kind: 'CONTACT', id: contact.id, name: contact.name }} />
              <MergeContactButton contact={contact} />
              <AddToProjectButton party="contact" record={{ id: contact.id, name: contact.name }} />
              <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
                Edit
              </Button>
            </Group>
          )
        }
      />
      <Stack>
        {!live && (
          <Alert color="orange" title="In the trash">
            This contact was moved to the trash. They can be restored from the Trash.
          </Alert>
        )}
        <Tabs
          value={tab}
          onChange={(value) => setSearchParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <ContactDetails contact={contact} />
              <Stack>
                <ContactAffiliations contact={contact} />
                <ContactProjects contact={contact} />
              </Stack>
            </SimpleGrid>
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <RecordTimeline kind="CONTACT" id={contact.id} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <RecordHistory recordId={contact.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
