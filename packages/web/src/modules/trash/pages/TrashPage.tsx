import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, MultiSelect, Pagination, Paper, Skeleton, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import type { TrashType } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { NextStep } from '../../../ui/NextStep';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTrashActions } from '../hooks/useTrashActions';
import { kindOfTrashType, recordPath } from '../../../app/records/recordKinds';
import { TRASH_TYPE_OPTIONS } from '../trashTypes';

export const TrashQuery = graphql(`
  query Trash($types: [TrashType!], $first: Int!, $after: String) {
    trash(types: $types, first: $first, after: $after) {
      totalCount
      nodes {
        id
        type
        title
        deletedAt
        deletedBy {
          id
          name
        }
      }
    }
  }
`);

const VIEW = { type: urlParam.list(), page: urlParam.integer(1) };
const PAGE_SIZE = 25;

/** /trash: what was deleted, newest first, each restored in one click. */
export function TrashPage() {
  const { canEdit } = useSession();
  const navigate = useNavigate();
  const [view, setView] = useUrlState(VIEW);
  const variables = {
    types: view.type.length ? (view.type as TrashType[]) : undefined,
    first: PAGE_SIZE,
    after: pageCursor(view.page, PAGE_SIZE),
  };
  const { data, previousData, loading, error, refetch } = useQuery(TrashQuery, { variables });
  const connection = (data ?? previousData)?.trash;
  const { restore } = useTrashActions();
  const [restoring, setRestoring] = useState<string | null>(null);
  const pages = Math.ceil((connection?.totalCount ?? 0) / PAGE_SIZE);

  const restoreItem = async (type: TrashType, id: string, title: string) => {
    setRestoring(id);
    try {
      await restore(type, id);
      notifications.show({
        color: 'green',
        message: (
          <>
            {title} was restored.{' '}
            {kindOfTrashType(type).path && (
              <Anchor component="button" size="sm" onClick={() => navigate(recordPath(kindOfTrashType(type), id))}>
                Open it
              </Anchor>
            )}
          </>
        ),
      });
      await refetch();
    } catch (caught) {
      const { title: errorTitle, message } = describeError(caught);
      notifications.show({ color: 'red', title: errorTitle, message });
    } finally {
      setRestoring(null);
    }
  };

  return (
    <>
      <PageHeader title="Trash" description="Deleted records keep their links here until they are restored." />
      <Group mb="md">
        <MultiSelect
          label="Kind of record"
          placeholder={view.type.length ? undefined : 'All kinds'}
          data={TRASH_TYPE_OPTIONS}
          value={view.type}
          onChange={(type) => setView({ type, page: 1 })}
          clearable
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Deleted records" aria-busy={loading} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Record</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Deleted</Table.Th>
                {canEdit && <Table.Th>Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!connection &&
                Array.from({ length: 5 }, (_, row) => (
                  <Table.Tr key={row}>
                    {Array.from({ length: canEdit ? 4 : 3 }, (__, cell) => (
                      <Table.Td key={cell}>
                        <Skeleton height={14} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              {connection?.nodes.map((item) => (
                <Table.Tr key={`${item.type}:${item.id}`}>
                  <Table.Td>
                    {kindOfTrashType(item.type).path ? (
                      <Anchor component={Link} to={recordPath(kindOfTrashType(item.type), item.id)} fw={600}>
                        {item.title}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{item.title}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>{kindOfTrashType(item.type).label}</Table.Td>
                  <Table.Td>
                    <Text size="sm" component="time" dateTime={item.deletedAt}>
                      {dayjs(item.deletedAt).format('D MMM YYYY, HH:mm')}
                    </Text>
                    {item.deletedBy && (
                      <Text size="sm" c="dimmed" span>
                        {' '}
                        by {item.deletedBy.name}
                      </Text>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconRestore size={16} aria-hidden />}
                        loading={restoring === item.id}
                        aria-label={`Restore ${item.title}`}
                        onClick={() => void restoreItem(item.type, item.id, item.title)}
                      >
                        Restore
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {connection && connection.nodes.length === 0 && view.page > 1 && (
          <NextStep
            icon={<IconTrash aria-hidden />}
            title={`Page ${view.page} is past the end of the trash`}
            action={
              <Button variant="default" onClick={() => setView({ page: 1 })}>
                Back to page 1
              </Button>
            }
          />
        )}
        {connection && connection.nodes.length === 0 && view.page === 1 && (
          <NextStep
            icon={<IconTrash aria-hidden />}
            title={view.type.length ? 'Nothing of this kind in the trash' : 'The trash is empty'}
            description={
              view.type.length
                ? 'Show every kind to see the rest of the trash.'
                : 'Records you delete land here, and can be restored with their links.'
            }
            action={
              view.type.length ? (
                <Button variant="default" onClick={() => setView({ type: [], page: 1 })}>
                  Show every kind
                </Button>
              ) : undefined
            }
          />
        )}
      </Paper>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination
            total={pages}
            value={view.page}
            onChange={(page) => setView({ page })}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        </Group>
      )}
    </>
  );
}
