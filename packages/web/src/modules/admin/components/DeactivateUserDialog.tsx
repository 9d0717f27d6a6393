import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Select, Skeleton, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeKindCounts } from '../../../app/records/kindCounts';
import { DialogForm } from '../../../ui/form';
import {
  ActiveUsersQuery,
  DeactivateUserMutation,
  HandOverRecordsMutation,
  OwnedRecordCountsQuery,
} from '../adminOperations';

export interface DeactivatedUser {
  id: string;
  name: string;
  version: number;
}

/**
 * Deactivates a user after saying what they own, counted by kind, and handing all of it to
 * another active user in one step (`reassignOwner` with `fromOwnerId`).
 */
export function DeactivateUserDialog({
  user,
  onClose,
}: {
  user: DeactivatedUser;
  onClose(result: { handedOver: number; heir?: string } | null): void;
}) {
  const counts = useQuery(OwnedRecordCountsQuery, { variables: { id: user.id }, fetchPolicy: 'network-only' });
  const users = useQuery(ActiveUsersQuery);
  const [heirId, setHeirId] = useState<string | null>(null);
  const [heirMissing, setHeirMissing] = useState(false);
  const [handOver, handing] = useMutation(HandOverRecordsMutation);
  const [deactivate, deactivating] = useMutation(DeactivateUserMutation);
  const owned = counts.data?.user?.ownedRecordCounts ?? [];
  const total = owned.reduce((sum, { count }) => sum + count, 0);
  const heirs = (users.data?.users.nodes ?? []).filter((candidate) => candidate.id !== user.id);
  const title = `Deactivate ${user.name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (total > 0 && !heirId) {
      setHeirMissing(true);
      return;
    }
    try {
      let handedOver = 0;
      if (total > 0 && heirId) {
        const result = await handOver({ variables: { input: { ownerId: heirId, fromOwnerId: user.id } } });
        handedOver = result.data?.reassignOwner ?? 0;
      }
      await deactivate({ variables: { input: { id: user.id, version: user.version } } });
      onClose({ handedOver, heir: heirs.find((heir) => heir.id === heirId)?.name });
    } catch {
      // Shown by the form's error alert.
    }
  };

  return (
    <Modal opened onClose={() => onClose(null)} title={title}>
      <DialogForm
        label={title}
        submitLabel={total > 0 ? `Hand over ${total} and deactivate` : 'Deactivate'}
        submitting={handing.loading || deactivating.loading}
        onSubmit={(event) => void submit(event)}
        onCancel={() => onClose(null)}
        error={counts.error ?? handing.error ?? deactivating.error}
        fieldLabels={{ ownerId: 'New owner', id: 'User' }}
      >
        <Text size="sm">
          {user.name} will no longer be able to sign in, their sessions end and their API tokens stop working. Their
          records, teams and history stay.
        </Text>
        {counts.loading ? (
          <Skeleton height={14} />
        ) : (
          <Text size="sm" fw={600} data-testid="owned-records">
            {total > 0
              ? `${user.name} owns ${total} records: ${describeKindCounts(owned)}.`
              : `${user.name} owns no records.`}
          </Text>
        )}
        {total > 0 && (
          <Select
            label="Hand their records to"
            required
            searchable
            data={heirs.map((heir) => ({ value: heir.id, label: heir.name }))}
            value={heirId}
            onChange={(value) => {
              setHeirId(value);
              setHeirMissing(false);
            }}
            error={heirMissing ? 'Choose who receives the records' : undefined}
          />
        )}
      </DialogForm>
    </Modal>
  );
}
