import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TeamRole } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { AddTeamMemberMutation, RemoveTeamMemberMutation, UpdateTeamMemberMutation } from '../adminOperations';

const TEAM_ROLE_OPTIONS: { value: TeamRole; label: string }[] = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'LEAD', label: 'Lead' },
];

interface TeamCardTeam {
  id: string;
  code: string;
  name: string;
  description?: string | null;
  members: { id: string; role: TeamRole; version: number; user: { id: string; name: string; active: boolean } }[];
}

export interface TeamCardProps {
  team: TeamCardTeam;
  /** Users who may join, when the viewer manages teams. */
  users?: { id: string; name: string }[];
  onRename?(): void;
  onDelete?(): void;
  onChanged(): void;
}

/** A team with its members; with `users` given, the controls to rename, delete and manage its members. */
export function TeamCard({ team, users, onRename, onDelete, onChanged }: TeamCardProps) {
  const manage = Boolean(users);
  const [newMember, setNewMember] = useState<string | null>(null);
  const [add, adding] = useMutation(AddTeamMemberMutation);
  const [updateMember] = useMutation(UpdateTeamMemberMutation);
  const [removeMember] = useMutation(RemoveTeamMemberMutation);
  const memberIds = new Set(team.members.map((member) => member.user.id));

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message: done });
      onChanged();
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={team.name}>
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={2} size="h4">
            {team.name}
          </Title>
          <Text size="xs" c="dimmed">
            {team.code}
            {team.description ? ` · ${team.description}` : ''}
          </Text>
        </div>
        {manage && (
          <Group gap="xs">
            <Button size="xs" variant="light" aria-label={`Rename ${team.name}`} onClick={onRename}>
              Rename…
            </Button>
            <Button size="xs" variant="light" color="red" aria-label={`Delete ${team.name}`} onClick={onDelete}>
              Delete
            </Button>
          </Group>
        )}
      </Group>
      {team.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          No members yet.
        </Text>
      ) : (
        <Table aria-label={`Members of ${team.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>Role in the team</Table.Th>
              {manage && <Table.Th>Action</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  {member.user.name}
                  {!member.user.active && ' (deactivated)'}
                </Table.Td>
                <Table.Td>
                  {manage ? (
                    <Select
                      aria-label={`Role of ${member.user.name} in ${team.name}`}
                      size="xs"
                      w={120}
                      allowDeselect={false}
                      data={TEAM_ROLE_OPTIONS}
                      value={member.role}
                      onChange={(role) =>
                        role &&
                        void run(
                          () =>
                            updateMember({
                              variables: {
                                input: {
                                  teamId: team.id,
                                  userId: member.user.id,
                                  version: member.version,
                                  role: role as TeamRole,
                                },
                              },
                            }),
                          `${member.user.name} is now ${role === 'LEAD' ? 'a lead' : 'a member'} of ${team.name}.`,
                        )
                      }
                    />
                  ) : member.role === 'LEAD' ? (
                    'Lead'
                  ) : (
                    'Member'
                  )}
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${member.user.name} from ${team.name}`}
                      onClick={() =>
                        void run(
                          () => removeMember({ variables: { input: { teamId: team.id, userId: member.user.id } } }),
                          `${member.user.name} left ${team.name}.`,
                        )
                      }
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {users && (
        <Group mt="sm" align="flex-end">
          <Select
            label={`Add a member to ${team.name}`}
            searchable
            size="xs"
            w={240}
            data={users.filter((user) => !memberIds.has(user.id)).map((user) => ({ value: user.id, label: user.name }))}
            value={newMember}
            onChange={setNewMember}
          />
          <Button
            size="xs"
            disabled={!newMember}
            loading={adding.loading}
            onClick={() => {
              const name = users.find((user) => user.id === newMember)?.name;
              void run(
                () => add({ variables: { input: { teamId: team.id, userId: newMember! } } }),
                `${name} joined ${team.name}.`,
              ).then(() => setNewMember(null));
            }}
          >
            Add
          </Button>
        </Group>
      )}
    </Paper>
  );
}
