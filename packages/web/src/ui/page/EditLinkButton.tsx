import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Opens the record's edit page (`edit`, relative to its own page). */
export function EditLinkButton() {
  return (
    <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
      Edit
    </Button>
  );
}
