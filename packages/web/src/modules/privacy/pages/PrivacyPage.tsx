import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { EraseContactMutation as Erasure } from '../../../generated/graphql';
import { SectionCard } from '../../../ui/details';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ContactPicker, type PickedContact } from '../../contact/components/ContactPicker';
import { EraseContactDialog } from '../components/EraseContactDialog';
import { ErasureReport } from '../components/ErasureReport';
import { downloadPersonalData } from '../components/personalDataFile';
import { PrivacyRequestList } from '../components/PrivacyRequestList';
import { ExportPersonalDataMutation, PrivacyRequestsQuery } from '../privacyOperations';

const TITLE = 'Privacy requests';

/** /privacy: an admin answers a person's request for a copy of their data, or for its erasure. */
export function PrivacyPage() {
  const { isAdmin } = useSession();
  if (!isAdmin) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="blue" icon={<IconLock aria-hidden />} title="For admins">
          Exports and erasures of a person’s data are carried out by an admin. Ask one if someone asks you for their
          data or to be forgotten.
        </Alert>
      </>
    );
  }
  return <PrivacyRequests />;
}

function PrivacyRequests() {
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [erasing, setErasing] = useState<PickedContact | null>(null);
  const [erased, setErased] = useState<{ name: string; erasure: Erasure['eraseContact'] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [exportData, { loading: exporting }] = useMutation(ExportPersonalDataMutation, {
    refetchQueries: [PrivacyRequestsQuery],
  });

  const exportContact = async (person: PickedContact) => {
    setError(null);
    try {
      const { data } = await exportData({ variables: { input: { contactId: person.id } } });
      if (!data) return;
      downloadPersonalData(person.name, data.exportPersonalData);
      notifications.show({
        color: 'green',
        title: 'Personal data exported',
        message: `The file of ${person.name} is downloaded; send it to them by a secure channel.`,
      });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeader
        title={TITLE}
        description="Answer a person’s request under the GDPR: a copy of everything held about them (article 15), or its erasure (article 17). Each request is logged."
      />
      <Stack gap="md">
        <SectionCard title="Carry out a request">
          <Stack gap="sm">
            <ContactPicker
              label="Person"
              description="The contact who asked; type part of their name."
              value={contact}
              onChange={(picked) => {
                setContact(picked);
                setErased(null);
              }}
            />
            {error ? <ErrorAlert error={error} /> : null}
            {erased && <ErasureReport erasure={erased.erasure} name={erased.name} />}
            <Group gap="xs">
              <Button
                leftSection={<IconDownload size={18} aria-hidden />}
                disabled={!contact}
                loading={exporting}
                onClick={() => contact && void exportContact(contact)}
              >
                Export their data
              </Button>
              <Button
                color="red"
                variant="light"
                leftSection={<IconTrash size={18} aria-hidden />}
                disabled={!contact}
                onClick={() => setErasing(contact)}
              >
                Erase this person…
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              The export holds their details, affiliations, projects, activities, documents, tags and history, as JSON.
            </Text>
          </Stack>
        </SectionCard>
        <PrivacyRequestList />
      </Stack>
      <EraseContactDialog
        contact={erasing}
        onClose={() => setErasing(null)}
        onErased={(erasure) => {
          setErased({ name: erasing?.name ?? 'The person', erasure });
          setContact(null);
        }}
      />
    </>
  );
}
