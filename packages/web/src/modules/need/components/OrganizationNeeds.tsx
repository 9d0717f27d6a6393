import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { NEED_CATEGORY_LABELS, NEED_PRIORITY_COLORS, NEED_PRIORITY_LABELS, NEED_STATUS_LABELS } from '../needLabels';

export const OrganizationNeeds_organization = graphql(`
  fragment OrganizationNeeds_organization on Organization {
    id
    deletedAt
    needs(first: 50) {
      totalCount
      nodes {
        id
        title
        category
        priority
        status
      }
    }
  }
`);

/** On an organization's page: its needs, most pressing first, and "New need" prefilled with it. */
export function OrganizationNeeds(props: { organization: FragmentType<typeof OrganizationNeeds_organization> }) {
  const organization = getFragmentData(OrganizationNeeds_organization, props.organization);
  const { canEdit } = useSession();
  const { needs } = organization;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Needs ({needs.totalCount})
        </Title>
        {canEdit && !organization.deletedAt && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/needs/new?organization=${organization.id}`}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            New need
          </Button>
        )}
      </Group>
      {needs.nodes.length === 0 ? (
        <Text c="dimmed" size="sm">
          No need is recorded for this organization.
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {needs.nodes.map((need) => (
            <Group key={need.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/needs/${need.id}`} size="sm">
                  {need.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {NEED_CATEGORY_LABELS[need.category]} · {NEED_STATUS_LABELS[need.status]}
                </Text>
              </Stack>
              <Badge size="sm" variant="dot" color={NEED_PRIORITY_COLORS[need.priority]} tt="none" miw="max-content">
                {NEED_PRIORITY_LABELS[need.priority]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {needs.totalCount > needs.nodes.length && (
        <Anchor component={Link} to={`/needs?org=${organization.id}`} size="sm" mt="sm" display="inline-block">
          All {needs.totalCount} needs
        </Anchor>
      )}
    </Paper>
  );
}
