import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';

export const ExpertsQuery = graphql(`
  query Experts($topic: String!) {
    experts(topic: $topic) {
      topic
      users(first: 50) {
        totalCount
        nodes {
          id
          name
          email
          expertise
          teams {
            id
            name
          }
          activities(first: 3) {
            nodes {
              id
              subject
              startsAt
            }
          }
        }
      }
      contacts(first: 24) {
        totalCount
        nodes {
          id
          name
          title
          emails
          expertise
          organizations(first: 3) {
            nodes {
              id
              name
            }
          }
          activities(first: 3) {
            nodes {
              id
              subject
              startsAt
            }
          }
        }
      }
    }
  }
`);

const VIEW = { topic: urlParam.string() };

interface ExpertCardProps {
  name: string;
  href?: string;
  subtitle?: string | null;
  emails: string[];
  expertise: string[];
  places: { id: string; name: string; href?: string }[];
  placesLabel: string;
  activities: { id: string; subject: string; startsAt?: string | null }[];
}

function ExpertCard({ name, href, subtitle, emails, expertise, places, placesLabel, activities }: ExpertCardProps) {
  return (
    <Paper withBorder p="md" component="article" aria-label={name}>
      <Stack gap={6}>
        <Title order={3} size="h4">
          {href ? (
            <Anchor component={Link} to={href}>
              {name}
            </Anchor>
          ) : (
            name
          )}
        </Title>
        {subtitle && <Text size="sm">{subtitle}</Text>}
        {emails.map((email) => (
          <Anchor key={email} href={`mailto:${email}`} size="sm">
            {email}
          </Anchor>
        ))}
        <Group gap={4}>
          {expertise.map((topic) => (
            <Badge key={topic} variant="light">
              {topic}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {placesLabel}:{' '}
          </Text>
          {places.length === 0
            ? 'none recorded'
            : places.map((place, index) => (
                <span key={place.id}>
                  {index > 0 && ', '}
                  {place.href ? (
                    <Anchor component={Link} to={place.href}>
                      {place.name}
                    </Anchor>
                  ) : (
                    place.name
                  )}
                </span>
              ))}
        </Text>
        <Text size="sm" fw={600}>
          Recent activity
        </Text>
        {activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            None you may see.
          </Text>
        ) : (
          <Stack gap={2} component="ul" m={0} pl="md">
            {activities.map((activity) => (
              <Text size="sm" component="li" key={activity.id}>
                <Anchor component={Link} to={`/activities/${activity.id}`}>
                  {activity.subject}
                </Anchor>
                {activity.startsAt && ` · ${dayjs(activity.startsAt).format('D MMM YYYY')}`}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** /experts: who in our teams and among our contacts knows about a topic (the EGI guide's "locate expertise"). */
export function ExpertsPage() {
  const [view, setView] = useUrlState(VIEW);
  const [topic] = useDebouncedValue(view.topic.trim(), 300);
  const { data, previousData, error, refetch } = useQuery(ExpertsQuery, {
    variables: { topic },
    skip: !topic,
  });
  const experts = topic ? (data ?? previousData)?.experts : undefined;

  return (
    <>
      <PageHeader
        title="Find expertise"
        description="Colleagues and contacts whose expertise mentions a topic, with where they work and what happened lately."
      />
      <TextInput
        label="Topic"
        placeholder="e.g. federated identity"
        value={view.topic}
        onChange={(event) => setView({ topic: event.currentTarget.value }, { replace: true })}
        mb="lg"
        w={{ base: '100%', sm: 420 }}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!topic && <Text c="dimmed">Type a topic to see who knows about it.</Text>}
      {experts && (
        <Stack gap="xl">
          <section aria-labelledby="expert-users">
            <Title order={2} size="h3" id="expert-users" mb="sm">
              In our teams ({experts.users.totalCount})
            </Title>
            {experts.users.nodes.length === 0 && <Text c="dimmed">No colleague lists this topic.</Text>}
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {experts.users.nodes.map((user) => (
                <ExpertCard
                  key={user.id}
                  name={user.name}
                  emails={user.email ? [user.email] : []}
                  expertise={user.expertise}
                  places={user.teams}
                  placesLabel="Teams"
                  activities={user.activities.nodes}
                />
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="expert-contacts">
            <Title order={2} size="h3" id="expert-contacts" mb="sm">
              Among our contacts ({experts.contacts.totalCount})
            </Title>
            {experts.contacts.nodes.length === 0 && <Text c="dimmed">No contact lists this topic.</Text>}
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {experts.contacts.nodes.map((contact) => (
                <ExpertCard
                  key={contact.id}
                  name={contact.name}
                  href={`/contacts/${contact.id}`}
                  subtitle={contact.title}
                  emails={contact.emails ?? []}
                  expertise={contact.expertise}
                  places={contact.organizations.nodes.map((org) => ({ ...org, href: `/organizations/${org.id}` }))}
                  placesLabel="Organizations"
                  activities={contact.activities.nodes}
                />
              ))}
            </SimpleGrid>
          </section>
        </Stack>
      )}
    </>
  );
}
