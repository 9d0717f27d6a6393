import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { SectionCard, SectionEmpty } from '../../../ui/details';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { DateCell } from '../../../ui/list/columns';
import { MyApiTokensQuery, RevokeApiTokenMutation } from '../settingsOperations';
import { apiTokenStatus, type ApiTokenStatus } from './apiTokenStatus';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';
import { IssuedTokenAlert } from './IssuedTokenAlert';

const STATUS: Record<ApiTokenStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'blue' },
  expired: { label: 'Expired', color: 'gray' },
  revoked: { label: 'Revoked', color: 'red' },
};
const MOMENT = 'D MMM YYYY, HH:mm';

/** Personal API tokens for scripts: make one (its secret shown once), see when each was used, revoke. */
export function ApiTokensSection() {
  const { data, error, refetch } = useQuery(MyApiTokensQuery);
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const tokens = data?.myApiTokens;

  const confirmRevoke = (token: { id: string; name: string }) =>
    modals.openConfirmModal({
      title: `Revoke “${token.name}”?`,
      children: <Text size="sm">Scripts that use it are refused from now on. This cannot be undone.</Text>,
      labels: { confirm: 'Revoke token', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        try {
          await revoke({ variables: { input: { id: token.id } } });
          notifications.show({ color: 'green', title: 'Token revoked', message: `“${token.name}” no longer works.` });
        } catch (caught) {
          notifications.show({ color: 'red', title: 'The token could not be revoked', message: String(caught) });
        }
      },
    });

  return (
    <SectionCard
      title="API tokens"
      action={
        <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          New token
        </Button>
      }
    >
      <Text size="sm" mb="sm">
        For scripts and other tools that use the API on your behalf (see “API access” in the README).
      </Text>
      {issued && <IssuedTokenAlert {...issued} onDone={() => setIssued(null)} />}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!tokens ? (
        <Skeleton height={80} aria-hidden />
      ) : tokens.length === 0 ? (
        <SectionEmpty>No tokens yet. Make one when a script needs to read or change data in Liaison.</SectionEmpty>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Your API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Access</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => {
                const status = apiTokenStatus(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {token.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>{token.scope === 'WRITE' ? 'Read and write' : 'Read only'}</Table.Td>
                    <Table.Td>
                      <DateCell value={token.createdAt} />
                    </Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? <DateCell value={token.lastUsedAt} format={MOMENT} /> : 'Never'}
                    </Table.Td>
                    <Table.Td>{token.expiresAt ? <DateCell value={token.expiresAt} /> : 'Never'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS[status].color}>
                        {STATUS[status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {status === 'active' && (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={`Revoke ${token.name}`}
                          onClick={() => confirmRevoke(token)}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateApiTokenDialog opened={creating} onClose={() => setCreating(false)} onCreated={setIssued} />
    </SectionCard>
  );
}
