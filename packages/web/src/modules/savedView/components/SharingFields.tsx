import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Select, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { graphql } from '../../../generated';
import type { Visibility } from '../../../generated/graphql';

export const SharingTeams = graphql(`
  query SharingTeams {
    me {
      id
      teams {
        id
        name
      }
    }
  }
`);

/** Who sees a saved view, a saved report or a dashboard: its owner, a team of theirs, or everyone. */
export interface Sharing {
  visibility: Visibility;
  teamId: string | null;
}

export const PRIVATE: Sharing = { visibility: 'PRIVATE', teamId: null };

const SHARING: { value: Visibility; label: string }[] = [
  { value: 'PRIVATE', label: 'Only me' },
  { value: 'TEAM', label: 'My team' },
  { value: 'EVERYONE', label: 'Everyone' },
];

/** What a create or update input takes: a team only when shared with one. */
export const sharingInput = ({ visibility, teamId }: Sharing) => ({
  visibility,
  teamId: visibility === 'TEAM' ? teamId : null,
});

/** The sharing controls; shared with a team, the first of yours is chosen until you choose another. */
export function SharingFields({
  value,
  onChange,
  teamError,
}: {
  value: Sharing;
  onChange(value: Sharing): void;
  teamError?: string;
}) {
  const teams = useQuery(SharingTeams).data?.me?.teams ?? [];
  const firstTeam = teams[0]?.id ?? null;
  useEffect(() => {
    if (value.visibility === 'TEAM' && !value.teamId && firstTeam) onChange({ ...value, teamId: firstTeam });
  }, [value, firstTeam, onChange]);
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Shared with"
        data={SHARING}
        value={value.visibility}
        onChange={(visibility) => onChange({ ...value, visibility: visibility as Visibility })}
      />
      {value.visibility === 'TEAM' && (
        <Select
          label="Team"
          data={teams.map((t) => ({ value: t.id, label: t.name }))}
          value={value.teamId}
          onChange={(teamId) => onChange({ ...value, teamId })}
          error={teamError ?? (teams.length ? undefined : 'You are in no team')}
        />
      )}
    </Stack>
  );
}
