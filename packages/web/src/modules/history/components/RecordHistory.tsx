import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Timeline } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconHistory } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import type { ChangeAction, RecordHistoryQuery as RecordHistoryData } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { useRevertChange } from '../hooks/useRevertChange';
import { changeSentence, isLinkDiff, titlesOf } from '../changeSentences';
import { fieldDiffsOf } from './changeDiff';
import { useLiveRecord } from '../../live/hooks/useLiveRecord';

export const RecordHistoryQuery = graphql(`
  query RecordHistory($recordId: ID!, $first: Int!) {
    history(recordId: $recordId, first: $first) {
      totalCount
      nodes {
        id
        action
        at
        diff
        actor {
          id
          name
        }
        revertedBy {
          id
          at
        }
        revertsChange {
          id
          at
        }
        records {
          id
          title
        }
      }
    }
  }
`);

type Change = RecordHistoryData['history']['nodes'][number];

const ACTION_LABELS: Record<ChangeAction, string> = {
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Moved to the trash',
  RESTORE: 'Restored',
  LINK: 'Linked',
  UNLINK: 'Unlinked',
  MERGE: 'Merged',
  REVERT: 'Reverted a change',
  ERASE: 'Personal data erased',
  EXPORT: 'Personal data exported',
};

const ACTION_COLORS: Partial<Record<ChangeAction, string>> = {
  CREATE: 'green',
  DELETE: 'red',
  RESTORE: 'teal',
  REVERT: 'orange',
  ERASE: 'red',
};

/** Changes that "Revert" can undo; a revert can be undone in turn. */
const REVERTIBLE = new Set<ChangeAction>(['UPDATE', 'DELETE', 'RESTORE', 'LINK', 'UNLINK', 'REVERT']);

const PAGE = 20;

/**
 * What a change did, as its title: "Changed: Name, City" (the table says how), a link or a merge
 * or a revert as a sentence naming the records ("Affiliation added: Eli Farrell, PhD candidate at …").
 */
function describeChange(change: Change): string {
  if (change.action === 'UPDATE' && !isLinkDiff(change.diff)) {
    const fields = fieldDiffsOf(change.diff).map((field) => field.label);
    return fields.length ? `${ACTION_LABELS[change.action]}: ${fields.join(', ')}` : ACTION_LABELS[change.action];
  }
  if (['CREATE', 'DELETE', 'RESTORE', 'ERASE', 'EXPORT'].includes(change.action)) return ACTION_LABELS[change.action];
  return changeSentence(change.action, change.diff, titlesOf(change.records));
}

function ChangeFields({ change }: { change: Change }) {
  const fields = fieldDiffsOf(change.diff, titlesOf(change.records));
  // A creation lists every first value, a move to or from the trash only its time, a link or a
  // merge is said in its title.
  if (
    fields.length === 0 ||
    ['CREATE', 'DELETE', 'RESTORE', 'MERGE'].includes(change.action) ||
    isLinkDiff(change.diff) ||
    (change.action === 'REVERT' && 'deletedAt' in change.diff)
  )
    return null;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="Changed fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Before</Table.Th>
            <Table.Th scope="col">After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.field}>
              <Table.Th scope="row" fw={500}>
                {field.label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                <del style={{ textDecoration: 'none' }}>{field.before}</del>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                <ins style={{ textDecoration: 'none' }}>{field.after}</ins>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The history of one record, newest first: who did what when, field by field, before and after;
 * editors may revert a change (after confirming), and every view of the record is refreshed.
 */
export function RecordHistory({ recordId }: { recordId: string }) {
  const { canEdit } = useSession();
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(RecordHistoryQuery, {
    variables: { recordId, first },
  });
  useLiveRecord(recordId, refetch);
  const history = (data ?? previousData)?.history;
  const [revert] = useRevertChange();

  const confirmRevert = (change: Change) =>
    modals.openConfirmModal({
      title: 'Revert this change?',
      children: (
        <Text size="sm">
          {ACTION_LABELS[change.action]} on {dayjs(change.at).format('D MMM YYYY, HH:mm')}
          {change.actor ? ` by ${change.actor.name}` : ''} will be undone. The revert is itself recorded and can be
          undone in turn.
        </Text>
      ),
      labels: { confirm: 'Revert', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      closeButtonProps: { 'aria-label': 'Close' },
      onConfirm: async () => {
        try {
          await revert(change.id);
          notifications.show({ color: 'green', message: 'The change was reverted.' });
        } catch (caught) {
          const described = describeError(caught);
          notifications.show(
            described.code === 'CONFLICT'
              ? {
                  color: 'red',
                  title: 'This change cannot be reverted',
                  message: 'Its fields were changed again since, or it was already reverted.',
                }
              : { color: 'red', title: described.title, message: described.message },
          );
        }
      },
    });

  if (error && !history) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!history)
    return (
      <Stack aria-busy="true" aria-label="Loading the history">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={48} />
        ))}
      </Stack>
    );
  if (history.nodes.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No changes recorded yet.
      </Text>
    );

  return (
    <Paper withBorder p="md">
      <Timeline bulletSize={24} lineWidth={2} aria-label="History">
        {history.nodes.map((change) => (
          <Timeline.Item
            key={change.id}
            bullet={<IconHistory size={14} aria-hidden />}
            color={ACTION_COLORS[change.action]}
            title={
              <Group gap="xs" justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {describeChange(change)}
                  </Text>
                  {change.revertedBy && (
                    <Badge size="sm" variant="light" color="orange" tt="none">
                      Reverted
                    </Badge>
                  )}
                </Group>
                {canEdit && REVERTIBLE.has(change.action) && !change.revertedBy && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconArrowBackUp size={14} aria-hidden />}
                    onClick={() => confirmRevert(change)}
                    aria-label={`Revert “${describeChange(change)}” of ${dayjs(change.at).format('D MMM YYYY, HH:mm')}`}
                  >
                    Revert
                  </Button>
                )}
              </Group>
            }
          >
            <Text size="xs" c="dimmed" mb={4}>
              <time dateTime={change.at}>{dayjs(change.at).format('D MMM YYYY, HH:mm')}</time>
              {change.actor ? ` · ${change.actor.name}` : ' · the system'}
            </Text>
            <ChangeFields change={change} />
          </Timeline.Item>
        ))}
      </Timeline>
      {history.totalCount > history.nodes.length && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={loading} onClick={() => setFirst((count) => count + PAGE)}>
            Show older changes ({history.totalCount - history.nodes.length} more)
          </Button>
        </Group>
      )}
    </Paper>
  );
}
