import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { NextStep } from '../../../ui/NextStep';
import { PageHeader } from '../../../ui/PageHeader';
import { useSetActivityStatus } from '../../activity/hooks/useSetActivityStatus';
import { NewTodoDialog } from '../components/NewTodoDialog';
import { TodoItem, TodoItem_activity } from '../components/TodoItem';

export const MyTodosQuery = graphql(`
  query MyTodos {
    activities(filter: { mine: true, statuses: [PLANNED] }, orderBy: { field: DUE_AT, direction: ASC }, first: 200) {
      totalCount
      nodes {
        id
        ...TodoItem_activity
      }
    }
  }
`);

const timeOf = (activity: { dueAt?: string | null; startsAt?: string | null }) => {
  const when = activity.dueAt ?? activity.startsAt;
  return when ? new Date(when).getTime() : Number.POSITIVE_INFINITY;
};

/** /todos: the planned activities I own or take part in; overdue first, then by due date. */
export function TodoPage() {
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(MyTodosQuery, { fetchPolicy: 'cache-and-network' });
  const [setStatus] = useSetActivityStatus();
  const [adding, setAdding] = useState(false);
  const nodes = data?.activities.nodes;
  // What counts as overdue is judged when the page opens.
  const [now] = useState(() => Date.now());

  const { overdue, open } = useMemo(() => {
    const items = (nodes ?? []).map((node) => ({ node, activity: getFragmentData(TodoItem_activity, node) }));
    items.sort((a, b) => timeOf(a.activity) - timeOf(b.activity));
    return {
      overdue: items.filter((item) => timeOf(item.activity) < now),
      open: items.filter((item) => timeOf(item.activity) >= now),
    };
  }, [nodes, now]);

  const toggle = (activity: { id: string; version: number }, done: boolean) => {
    setStatus(activity, done ? 'DONE' : 'PLANNED').catch((caught: unknown) => {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    });
  };

  const section = (title: string, items: typeof open, isOverdue: boolean) => (
    <Paper withBorder p="md" bg={isOverdue ? 'red.0' : undefined}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge color={isOverdue ? 'red.9' : 'indigo.7'} variant="filled">
          {items.length}
        </Badge>
      </Group>
      <Stack gap={0} component="ul" aria-label={title} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map(({ node, activity }) => (
          <li key={activity.id}>
            <TodoItem activity={node} overdue={isOverdue} onToggle={canEdit ? toggle : undefined} />
          </li>
        ))}
      </Stack>
    </Paper>
  );

  return (
    <>
      <PageHeader
        title="My to-dos"
        description="Planned activities you own or take part in: overdue ones first. Tick one when it is done."
        actions={
          canEdit && (
            <Button onClick={() => setAdding(true)} leftSection={<IconPlus size={18} aria-hidden />}>
              New to-do
            </Button>
          )
        }
      />
      <NewTodoDialog
        opened={adding}
        onClose={() => {
          setAdding(false);
          void refetch();
        }}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && loading ? (
        <Stack aria-hidden>
          <Skeleton height={80} />
          <Skeleton height={160} />
        </Stack>
      ) : data && overdue.length + open.length === 0 ? (
        <NextStep
          title="Nothing to do"
          description={
            canEdit
              ? "No planned activity is yours. Plan a to-do, or log a call or a meeting from a record's page."
              : 'No planned activity is yours. Editors plan to-dos and assign them to colleagues.'
          }
          action={canEdit && <Button onClick={() => setAdding(true)}>New to-do</Button>}
        />
      ) : (
        <Stack>
          {overdue.length > 0 && section('Overdue', overdue, true)}
          {open.length > 0 && section('Coming up', open, false)}
        </Stack>
      )}
    </>
  );
}
