import { Button, Chip, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { ContactPicker, type PickedContact } from '../../contact/components/ContactPicker';
import { useSimilarContacts } from '../../contact/hooks/useSimilarContacts';
import { useMergeContacts } from '../hooks/useMergeContacts';
import { MergeDialog } from './MergeDialog';

const MOVES = ['affiliations', 'project links', 'activities and documents they are linked to', 'tags'];

/** "Merge duplicate…" on a contact's page: this contact stays, the chosen one is merged into it. */
export function MergeContactButton({ contact }: { contact: { id: string; name: string; version: number } }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [duplicate, setDuplicate] = useState<PickedContact | null>(null);
  const [merge, { loading, error, reset }] = useMergeContacts();
  const suggestions = useSimilarContacts(opened ? contact.name : '', undefined, contact.id);

  const dismiss = () => {
    reset();
    setDuplicate(null);
    close();
  };
  const confirm = async () => {
    if (!duplicate) return;
    try {
      await merge({ survivorId: contact.id, duplicateId: duplicate.id, survivorVersion: contact.version });
      notifications.show({ color: 'green', message: `${duplicate.name} was merged into ${contact.name}.` });
      dismiss();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconArrowMerge size={18} aria-hidden />} onClick={open}>
        Merge duplicate…
      </Button>
      <MergeDialog
        opened={opened}
        onClose={dismiss}
        noun="contact"
        survivorName={contact.name}
        duplicateName={duplicate?.name}
        moves={MOVES}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        chooser={
          <>
            {suggestions.length > 0 && (
              <div>
                <Text size="sm" fw={600} mb={4}>
                  Possible duplicates
                </Text>
                <Group gap="xs">
                  {suggestions.map((hit) => (
                    <Chip
                      key={hit.contact.id}
                      checked={duplicate?.id === hit.contact.id}
                      onChange={() => setDuplicate({ id: hit.contact.id, name: hit.contact.name })}
                    >
                      {hit.contact.name}
                      {hit.contact.primaryOrganization && ` — ${hit.contact.primaryOrganization.name}`}
                    </Chip>
                  ))}
                </Group>
              </div>
            )}
            <ContactPicker
              key={duplicate?.id ?? 'none'}
              label="Duplicate contact"
              excludeId={contact.id}
              value={duplicate}
              onChange={setDuplicate}
            />
          </>
        }
      />
    </>
  );
}
