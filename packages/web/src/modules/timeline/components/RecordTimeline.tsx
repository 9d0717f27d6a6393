import { useQuery } from '@apollo/client/react';
import { Button, Chip, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import type { RecordTimelineQuery as RecordTimelineQueryType, TimelineItemKind } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { kindsWith } from '../../../app/records/recordKinds';
import { CONCERNED_KINDS, type ConcernedKind } from '../../activity/activityRecords';
import { TIMELINE_KIND_LABELS, TIMELINE_KINDS } from '../timelineLabels';
import { TimelineEntry } from './TimelineEntry';
import { useLiveTimeline } from '../../live/hooks/useLiveTimeline';

const RecordTimeline_page = graphql(`
  fragment RecordTimeline_page on TimelineItemConnection {
    totalCount
    edges {
      cursor
      node {
        ...TimelineEntry_item
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/**
 * One query for every kind of record that has a timeline, each field included when the variable
 * named after it (`organization`) is true; the cache merges the pages of each record's timeline
 * (relayStylePagination keyed by `kinds`), so "Load more" appends. A test checks it names every
 * kind with a timeline.
 */
export const RecordTimelineQuery = graphql(`
  query RecordTimeline(
    $id: ID!
    $organization: Boolean!
    $contact: Boolean!
    $project: Boolean!
    $kinds: [TimelineItemKind!]
    $related: Boolean
    $first: Int!
    $after: String
  ) {
    organization(id: $id) @include(if: $organization) {
      id
      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {
        ...RecordTimeline_page
      }
    }
    contact(id: $id) @include(if: $contact) {
      id
      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {
        ...RecordTimeline_page
      }
    }
    project(id: $id) @include(if: $project) {
      id
      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {
        ...RecordTimeline_page
      }
    }
  }
`);

export const TIMELINE_PAGE_SIZE = 20;

/** The query's fields of records: `organization`. */
type TimelineField = keyof Omit<RecordTimelineQueryType, '__typename'>;

export interface RecordTimelineProps {
  kind: ConcernedKind;
  id: string;
}

function TimelineSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      {[0, 1, 2, 3].map((row) => (
        <Group key={row} wrap="nowrap" gap="sm">
          <Skeleton circle height={28} />
          <Stack gap={4} style={{ flex: 1 }}>
            <Skeleton height={12} width="60%" />
            <Skeleton height={10} width="30%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * Everything that happened to an organization, contact or project, newest first: activities,
 * documents, links made and removed, changes of its fields; filtered by kind, 20 at a time.
 */
export function RecordTimeline({ kind, id }: RecordTimelineProps) {
  const [kinds, setKinds] = useState<TimelineItemKind[]>([]);
  const hasRelated = kind === 'ORGANIZATION';
  const [related, setRelated] = useState(true);
  const typename = CONCERNED_KINDS[kind].typename;
  const which = Object.fromEntries(
    kindsWith('timeline').map((candidate) => [candidate.detailField, candidate.typename === typename]),
  ) as Record<TimelineField, boolean>;
  const { data, loading, error, refetch, fetchMore } = useQuery(RecordTimelineQuery, {
    variables: {
      id,
      ...which,
      kinds: kinds.length > 0 ? kinds : null,
      ...(hasRelated && { related }),
      first: TIMELINE_PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  useLiveTimeline(id, refetch);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const record =
    data &&
    kindsWith('timeline')
      .map((candidate) => data[candidate.detailField as TimelineField])
      .find(Boolean);
  const page = record ? getFragmentData(RecordTimeline_page, record.timeline) : undefined;
  const filtered = kinds.length > 0;

  const loadMore = async () => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: page.pageInfo.endCursor } });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4">
          Timeline
        </Title>
        <Group gap="sm" wrap="wrap">
          <Chip.Group multiple value={kinds} onChange={(value) => setKinds(value as TimelineItemKind[])}>
            <Group gap={6} role="group" aria-labelledby={`${id}-show-only`}>
              <Text size="xs" c="dimmed" id={`${id}-show-only`}>
                Show only
              </Text>
              {TIMELINE_KINDS.map((value) => (
                <Chip key={value} value={value} size="xs" icon={<IconCheck size={12} aria-hidden />}>
                  {TIMELINE_KIND_LABELS[value]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {hasRelated && (
            <Chip
              size="xs"
              checked={related}
              onChange={setRelated}
              icon={<IconCheck size={12} aria-hidden />}
              title="Activities and documents of its contacts and of the organizations part of it"
            >
              With contacts and parts
            </Chip>
          )}
        </Group>
      </Group>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        loading ? (
          <TimelineSkeleton />
        ) : null
      ) : page.edges.length === 0 ? (
        <EmptyState
          title={filtered ? 'Nothing of these kinds yet' : 'Nothing has happened here yet'}
          description={
            filtered
              ? 'Choose other kinds above, or show everything.'
              : 'Log a call or a meeting, attach a document or link a record: it will show here, newest first.'
          }
          py="md"
        >
          {filtered && (
            <EmptyState.Actions>
              <Button
                variant="default"
                leftSection={<IconFilterOff size={16} aria-hidden />}
                onClick={() => setKinds([])}
              >
                Show everything
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="md" aria-busy={loading}>
          <Stack gap="md" component="ol" aria-label="Timeline" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {page.edges.map((edge) => (
              <li key={edge.cursor}>
                <TimelineEntry item={edge.node} />
              </li>
            ))}
          </Stack>
          {moreError ? <ErrorAlert error={moreError} onRetry={() => void loadMore()} /> : null}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {page.edges.length} of {page.totalCount}
            </Text>
            {page.pageInfo.hasNextPage && (
              <Button variant="subtle" loading={loadingMore} onClick={() => void loadMore()}>
                Load more
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
