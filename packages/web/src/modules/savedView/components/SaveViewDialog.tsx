import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../generated';
import type { Visibility } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { viewOfSearch, type SavedViewTarget } from '../lib/savedViewTargets';

export const MyTeams = graphql(`
  query SaveViewTeams {
    me {
      id
      teams {
        id
        name
      }
    }
  }
`);

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

const SHARING: { value: Visibility; label: string }[] = [
  { value: 'PRIVATE', label: 'Only me' },
  { value: 'TEAM', label: 'My team' },
  { value: 'EVERYONE', label: 'Everyone' },
];

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
  const [name, setName] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PRIVATE');
  const [teamId, setTeamId] = useState<string | null>(null);
  const teams = useQuery(MyTeams).data?.me?.teams ?? [];
  const [create, { loading, error }] = useMutation(CreateSavedView, {
    refetchQueries: ['NavigationSavedViews'],
    awaitRefetchQueries: true,
  });
  const fields = error ? fieldErrorsOf(error) : {};
  const team = teamId ?? teams[0]?.id ?? null;

  const save = async () => {
    await create({
      variables: {
        input: {
          name,
          kind: target.kind,
          ...viewOfSearch(target, search),
          visibility,
          teamId: visibility === 'TEAM' ? team : null,
        },
      },
    });
    notifications.show({ color: 'green', title: 'View saved', message: `“${name}” is under ${target.under}.` });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`Save this view of ${target.what}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save().catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fields.name}
          />
          <SegmentedControl
            aria-label="Shared with"
            data={SHARING}
            value={visibility}
            onChange={(value) => setVisibility(value as Visibility)}
          />
          {visibility === 'TEAM' && (
            <Select
              label="Team"
              data={teams.map((t) => ({ value: t.id, label: t.name }))}
              value={team}
              onChange={setTeamId}
              error={fields.teamId ?? (teams.length ? undefined : 'You are in no team')}
            />
          )}
          {error && !Object.keys(fields).length && <p role="alert">{describeError(error).title}</p>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save view
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
