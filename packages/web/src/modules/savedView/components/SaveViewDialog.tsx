import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../../generated';
import { NameAndSharingDialog } from './NameAndSharingDialog';
import { sharingInput, type Sharing } from './SharingFields';
import { viewOfSearch, type SavedViewTarget } from '../lib/savedViewTargets';

export const CreateSavedView = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      id
      name
      kind
      filters
      sort
      columns
      visibility
    }
  }
`);

/** Names the current view of a list or of the graph (its URL) and shares it with no one, the team or everyone. */
export function SaveViewDialog({
  target,
  search,
  onClose,
}: {
  target: SavedViewTarget;
  search: string;
  onClose(): void;
}) {
  const [create, { loading, error }] = useMutation(CreateSavedView, {
    refetchQueries: ['NavigationSavedViews'],
    awaitRefetchQueries: true,
  });

  const save = async (name: string, sharing: Sharing) => {
    await create({
      variables: {
        input: {
          name,
          kind: target.kind,
          ...viewOfSearch(target, search),
          ...sharingInput(sharing),
        },
      },
    });
    notifications.show({ color: 'green', title: 'View saved', message: `“${name}” is under ${target.under}.` });
    onClose();
  };

  return (
    <NameAndSharingDialog
      title={`Save this view of ${target.what}`}
      submitLabel="Save view"
      loading={loading}
      error={error}
      onSave={save}
      onClose={onClose}
    />
  );
}
