import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Select, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../generated/graphql';
import { useSession } from '../../../app/session/useSession';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { DeactivateUserDialog, type DeactivatedUser } from '../components/DeactivateUserDialog';
import { ReactivateUserMutation, UpdateUserRoleMutation, UsersPageQuery } from '../adminOperations';

const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'ADMIN', label: 'Admin' },
  { value: 'EDITOR', label: 'Editor' },
  { value: 'VIEWER', label: 'Viewer' },
];
const roleLabel = (role: Role) => ROLE_OPTIONS.find((option) => option.value === role)!.label;

/** /admin/users: the users with their role, teams and expertise; admins change roles, deactivate and reactivate. */
export function UsersPage() {
  const { isAdmin, user: me } = useSession();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading, error, refetch } = useQuery(UsersPageQuery, {
    variables: { text: debounced || undefined },
  });
  const users = (data ?? previousData)?.users.nodes;
  const [deactivating, setDeactivating] = useState<DeactivatedUser | null>(null);
  const [updateRole] = useMutation(UpdateUserRoleMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);
  const columns = isAdmin ? 6 : 5;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message: done });
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="Who signs in, what they may do, their teams and what they know about."
        actions={
          <Anchor component={Link} to="/admin/teams">
            Teams
          </Anchor>
        }
      />
      <TextInput
        label="Search users"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        mb="md"
        w={{ base: '100%', sm: 320 }}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label="Users" aria-busy={loading} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Teams</Table.Th>
                <Table.Th>Expertise</Table.Th>
                <Table.Th>Status</Table.Th>
                {isAdmin && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!users && (
                <Table.Tr>
                  <Table.Td colSpan={columns}>
                    <Skeleton height={14} />
                  </Table.Td>
                </Table.Tr>
              )}
              {users?.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {user.name}
                    </Text>
                    {user.email && (
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {isAdmin && user.id !== me.id ? (
                      <Select
                        aria-label={`Role of ${user.name}`}
                        data={ROLE_OPTIONS}
                        value={user.role}
                        allowDeselect={false}
                        w={130}
                        size="xs"
                        onChange={(role) =>
                          role &&
                          void run(
                            () =>
                              updateRole({
                                variables: { input: { id: user.id, version: user.version, role: role as Role } },
                              }),
                            `${user.name} is now ${roleLabel(role as Role).toLowerCase()}.`,
                          )
                        }
                      />
                    ) : (
                      roleLabel(user.role)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {user.memberships
                        .map((membership) => `${membership.team.name}${membership.role === 'LEAD' ? ' (lead)' : ''}`)
                        .join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.expertise.map((topic) => (
                        <Badge key={topic} variant="light" size="sm">
                          {topic}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={user.active ? undefined : 600}>
                      {user.active ? 'Active' : 'Deactivated'}
                    </Text>
                  </Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      {user.id !== me.id &&
                        (user.active ? (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={`Deactivate ${user.name}`}
                            onClick={() => setDeactivating(user)}
                          >
                            Deactivate…
                          </Button>
                        ) : (
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={`Reactivate ${user.name}`}
                            onClick={() =>
                              void run(
                                () => reactivate({ variables: { input: { id: user.id, version: user.version } } }),
                                `${user.name} can sign in again.`,
                              )
                            }
                          >
                            Reactivate
                          </Button>
                        ))}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {deactivating && (
        <DeactivateUserDialog
          user={deactivating}
          onClose={(result) => {
            const name = deactivating.name;
            setDeactivating(null);
            if (!result) return;
            notifications.show({
              color: 'green',
              message:
                result.handedOver > 0
                  ? `${name} was deactivated; ${result.handedOver} records went to ${result.heir}.`
                  : `${name} was deactivated.`,
            });
            void refetch();
          }}
        />
      )}
    </>
  );
}
