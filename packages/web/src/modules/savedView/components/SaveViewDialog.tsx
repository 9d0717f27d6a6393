import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { WebRecordKind } from '../../../app/records/recordKinds';
import { graphql } from '../../../generated';
import type { Visibility } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';

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

/** The view of a list as its URL keeps it (`?country=DE&sort=-name&cols=name,city`), as a saved view keeps it. */
export function viewOfSearch(search: string) {
  const filters: Record<string, string> = {};
  let sort: string | null = null;
  let columns: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'sort') sort = value;
    else if (key === 'cols') columns = value.split(',').filter(Boolean);
    else if (key !== 'page' && key !== 'size') filters[key] = value;
  }
  return { filters, sort, columns };
}

/** Names the list's current view (its URL) and shares it with no one, the team or everyone. */
export function SaveViewDialog({ kind, search, onClose }: { kind: WebRecordKind; search: string; onClose(): void }) {
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
          kind: kind.savedViews!,
          ...viewOfSearch(search),
          visibility,
          teamId: visibility === 'TEAM' ? team : null,
        },
      },
    });
    notifications.show({ color: 'green', title: 'View saved', message: `“${name}” is under ${kind.plural}.` });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`Save this view of ${kind.plural.toLowerCase()}`}>
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
