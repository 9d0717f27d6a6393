import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ActiveUsersQuery, DeleteTeamMutation, TeamsPageQuery } from '../adminOperations';
import { TeamCard } from '../components/TeamCard';
import { TeamFormDialog, type EditedTeam } from '../components/TeamFormDialog';

/** /admin/teams: the teams and their members; admins create, rename and delete teams and manage members. */
export function TeamsPage() {
  const { isAdmin } = useSession();
  const { data, error, refetch } = useQuery(TeamsPageQuery);
  const users = useQuery(ActiveUsersQuery, { skip: !isAdmin });
  const [dialog, setDialog] = useState<{ team?: EditedTeam } | null>(null);
  const [remove] = useMutation(DeleteTeamMutation);
  const teams = data?.teams.nodes;

  const deleteTeam = async (team: EditedTeam) => {
    try {
      await remove({ variables: { input: { id: team.id, version: team.version } } });
      notifications.show({ color: 'green', message: `${team.name} was moved to the trash.` });
      await refetch();
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <>
      <PageHeader
        title="Teams"
        description="NGIs, virtual teams and other groups of users, with their leads and members."
        actions={
          <>
            <Anchor component={Link} to="/admin/users" mr="md">
              Users
            </Anchor>
            {isAdmin && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({})}>
                New team
              </Button>
            )}
          </>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!teams && <Skeleton height={120} />}
      {teams?.length === 0 && <Text c="dimmed">No teams yet.</Text>}
      <Stack>
        {teams?.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            users={isAdmin ? (users.data?.users.nodes ?? []) : undefined}
            onRename={() => setDialog({ team })}
            onDelete={() => void deleteTeam(team)}
            onChanged={() => void refetch()}
          />
        ))}
      </Stack>
      {dialog && (
        <TeamFormDialog
          team={dialog.team}
          onClose={(saved) => {
            setDialog(null);
            if (saved) void refetch();
          }}
        />
      )}
    </>
  );
}
