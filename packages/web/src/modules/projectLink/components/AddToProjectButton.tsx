import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPresentation } from '@tabler/icons-react';
import { useSession } from '../../../app/session/useSession';
import { ProjectLinkDialog, type ProjectParty } from './ProjectLinkDialog';

export interface AddToProjectButtonProps {
  party: ProjectParty;
  /** The organization or contact whose page this is. */
  record: { id: string; name: string };
  size?: 'xs' | 'sm';
}

/** "Add to project": links this organization or contact to a project in a role. Editors only. */
export function AddToProjectButton({ party, record, size = 'sm' }: AddToProjectButtonProps) {
  const { canEdit } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  if (!canEdit) return null;
  return (
    <>
      <Button size={size} variant="default" leftSection={<IconPresentation size={18} aria-hidden />} onClick={open}>
        Add to project
      </Button>
      <ProjectLinkDialog opened={opened} onClose={close} party={party} target={record} />
    </>
  );
}
