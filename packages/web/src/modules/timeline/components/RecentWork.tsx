import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconPencilPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql } from '../../../generated';
import type { RecentWork_ActivitiesFragment, RecentWork_DocumentsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PlainList, SectionCard, SectionEmpty } from '../../../ui/details/SectionCard';
import { ACTIVITY_KIND_LABELS } from '../../activity/activityLabels';
import { ActivityStatusBadge } from '../../activity/components/ActivityKindBadge';
import { DOCUMENT_KIND_LABELS } from '../../document/documentLabels';

/** How many activities and documents the overview shows; the timeline has the rest. */
const RECENT_COUNT = 5;

const RecentWork_activities = graphql(`
  fragment RecentWork_activities on TimelineItemConnection {
    totalCount
    nodes {
      at
      via {
        type
        id
        title
      }
      activity {
        id
        kind
        subject
        status
      }
    }
  }
`);

const RecentWork_documents = graphql(`
  fragment RecentWork_documents on TimelineItemConnection {
    totalCount
    nodes {
      at
      via {
        type
        id
        title
      }
      document {
        id
        title
        kind
      }
    }
  }
`);

/**
 * The newest activities and documents of the record, from its timeline: an organization's
 * include those of its contacts and parts, marked "via …".
 */
export const RecentWorkQuery = graphql(`
  query RecentWork($id: ID!, $organization: Boolean!, $contact: Boolean!, $first: Int!) {
    organization(id: $id) @include(if: $organization) {
      id
      lastContactedAt
      nextPlannedAt
      recentActivities: timeline(kinds: [ACTIVITY], related: true, first: $first) {
        ...RecentWork_activities
      }
      recentDocuments: timeline(kinds: [DOCUMENT], related: true, first: $first) {
        ...RecentWork_documents
      }
    }
    contact(id: $id) @include(if: $contact) {
      id
      lastContactedAt
      nextPlannedAt
      recentActivities: timeline(kinds: [ACTIVITY], first: $first) {
        ...RecentWork_activities
      }
      recentDocuments: timeline(kinds: [DOCUMENT], first: $first) {
        ...RecentWork_documents
      }
    }
  }
`);

const day = (at: string | null | undefined) => (at ? dayjs(at).format('D MMM YYYY') : null);

/** " · via Ada Lovelace", for what came through a contact or a part. */
function ViaNote({ via }: { via: { title: string } | null | undefined }) {
  if (!via) return null;
  return (
    <Text span size="xs" c="dimmed">
      {' '}
      · via {via.title}
    </Text>
  );
}

/** "12 Mar 2024", or what to say when there is none. */
function Moment({ label, at, none }: { label: string; at: string | null | undefined; none: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {at ? (
        <Text size="sm" fw={600}>
          <time dateTime={at}>{day(at)}</time>
        </Text>
      ) : (
        <Text size="sm">{none}</Text>
      )}
    </Stack>
  );
}

function RecentActivities({ page }: { page: RecentWork_ActivitiesFragment }) {
  if (page.nodes.length === 0) return <SectionEmpty>No activity yet.</SectionEmpty>;
  return (
    <PlainList gap={6}>
      {page.nodes.map(({ at, via, activity }) =>
        activity ? (
          <li key={activity.id}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {day(at)}
              </Text>
              <Text size="sm">
                {ACTIVITY_KIND_LABELS[activity.kind]}{' '}
                <Anchor component={Link} to={`/activities/${activity.id}`} size="sm">
                  {activity.subject}
                </Anchor>
                <ViaNote via={via} />
              </Text>
              <ActivityStatusBadge status={activity.status} />
            </Group>
          </li>
        ) : null,
      )}
    </PlainList>
  );
}

function RecentDocuments({ page }: { page: RecentWork_DocumentsFragment }) {
  if (page.nodes.length === 0) return <SectionEmpty>No document yet.</SectionEmpty>;
  return (
    <PlainList gap={6}>
      {page.nodes.map(({ at, via, document }) =>
        document ? (
          <li key={document.id}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {day(at)}
              </Text>
              <Text size="sm">
                {DOCUMENT_KIND_LABELS[document.kind]}{' '}
                <Anchor component={Link} to={`/documents/${document.id}`} size="sm">
                  {document.title}
                </Anchor>
                <ViaNote via={via} />
              </Text>
            </Group>
          </li>
        ) : null,
      )}
    </PlainList>
  );
}

export interface RecentWorkProps {
  kind: 'ORGANIZATION' | 'CONTACT';
  id: string;
  /** Where the timeline is, for "all of them". */
  timelineHref: string;
}

/**
 * The overview's "Recent activity": when we were last and will next be in touch, the latest
 * activities and documents, and, for editors, "Log activity" and "New document" right there.
 */
export function RecentWork({ kind, id, timelineHref }: RecentWorkProps) {
  const { canEdit } = useSession();
  const { data, error, refetch } = useQuery(RecentWorkQuery, {
    variables: { id, organization: kind === 'ORGANIZATION', contact: kind === 'CONTACT', first: RECENT_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const work = data?.organization ?? data?.contact;
  const param = kind === 'ORGANIZATION' ? 'organization' : 'contact';
  const activities = work ? getFragmentData(RecentWork_activities, work.recentActivities) : null;
  const documents = work ? getFragmentData(RecentWork_documents, work.recentDocuments) : null;

  return (
    <section aria-label="Recent activity">
      <SectionCard
        title="Recent activity"
        action={
          canEdit ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={`/activities/new?${param}=${id}`}
                leftSection={<IconPencilPlus size={16} aria-hidden />}
              >
                Log activity
              </Button>
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={`/documents/new?${param}=${id}`}
                leftSection={<IconFilePlus size={16} aria-hidden />}
              >
                New document
              </Button>
            </Group>
          ) : undefined
        }
      >
        {error && !work ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !work || !activities || !documents ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading recent activity">
            <Skeleton height={36} />
            <Skeleton height={60} />
          </Stack>
        ) : (
          <Stack gap="md">
            <SimpleGrid cols={2} spacing="sm">
              <Moment label="Last contacted" at={work.lastContactedAt} none="Never" />
              <Moment label="Next planned" at={work.nextPlannedAt} none="Nothing planned" />
            </SimpleGrid>
            <Stack gap={4}>
              <Title order={3} size="h6">
                Activities ({activities.totalCount})
              </Title>
              <RecentActivities page={activities} />
            </Stack>
            <Stack gap={4}>
              <Title order={3} size="h6">
                Documents ({documents.totalCount})
              </Title>
              <RecentDocuments page={documents} />
            </Stack>
            {activities.totalCount + documents.totalCount > 0 && (
              <Anchor component={Link} to={timelineHref} size="sm">
                See everything in the timeline
              </Anchor>
            )}
          </Stack>
        )}
      </SectionCard>
    </section>
  );
}
