import { Button, Chip, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { OrganizationPicker, type PickedOrganization } from '../../organization/components/OrganizationPicker';
import { useSimilarOrganizations } from '../../organization/hooks/useSimilarOrganizations';
import { useMergeOrganizations } from '../hooks/useMergeOrganizations';
import { MergeDialog } from './MergeDialog';

const MOVES = [
  'affiliations of its contacts',
  'project links',
  'organizations that are part of it',
  'activities, documents and needs linked to it',
  'tags',
];

/** "Merge duplicate…" on an organization's page: this one stays, the chosen one is merged into it. */
export function MergeOrganizationButton({
  organization,
}: {
  organization: { id: string; name: string; version: number };
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [duplicate, setDuplicate] = useState<PickedOrganization | null>(null);
  const [merge, { loading, error, reset }] = useMergeOrganizations();
  const suggestions = useSimilarOrganizations(opened ? organization.name : '', organization.id);

  const dismiss = () => {
    reset();
    setDuplicate(null);
    close();
  };
  const confirm = async () => {
    if (!duplicate) return;
    try {
      await merge({
        survivorId: organization.id,
        duplicateId: duplicate.id,
        survivorVersion: organization.version,
      });
      notifications.show({ color: 'green', message: `${duplicate.name} was merged into ${organization.name}.` });
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
        noun="organization"
        survivorName={organization.name}
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
                      key={hit.organization.id}
                      checked={duplicate?.id === hit.organization.id}
                      onChange={() => setDuplicate({ id: hit.organization.id, name: hit.organization.name })}
                    >
                      {hit.organization.name}
                      {hit.organization.acronym && ` (${hit.organization.acronym})`}
                    </Chip>
                  ))}
                </Group>
              </div>
            )}
            <OrganizationPicker
              key={duplicate?.id ?? 'none'}
              label="Duplicate organization"
              excludeId={organization.id}
              value={duplicate}
              onChange={setDuplicate}
            />
          </>
        }
      />
    </>
  );
}
