import { useMutation } from '@apollo/client/react';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { graphql } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';

/** The rename form loads on first use, not with every page's navigation. */
const RenameSavedViewDialog = lazy(async () => ({
  default: (await import('./RenameSavedViewDialog')).RenameSavedViewDialog,
}));

export const DeleteSavedView = graphql(`
  mutation DeleteSavedView($input: DeleteRecordInput!) {
    deleteSavedView(input: $input) {
      id
      deletedAt
    }
  }
`);

interface ChangedView {
  id: string;
  version: number;
  name: string;
}

/** Rename and Delete for a saved view, beside its link; shown to its owner and admins, as the server allows. */
export function SavedViewMenu({ view }: { view: ChangedView }) {
  const [renaming, setRenaming] = useState(false);
  const [remove] = useMutation(DeleteSavedView, {
    refetchQueries: ['NavigationSavedViews'],
    awaitRefetchQueries: true,
  });
  const deleteView = async () => {
    try {
      await remove({ variables: { input: { id: view.id, version: view.version } } });
      notifications.show({ color: 'green', message: `“${view.name}” was moved to the trash.` });
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Change ${view.name}`}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setRenaming(true)}>
            Rename…
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => void deleteView()}>
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {renaming && (
        <Suspense fallback={null}>
          <RenameSavedViewDialog view={view} onClose={() => setRenaming(false)} />
        </Suspense>
      )}
    </>
  );
}
