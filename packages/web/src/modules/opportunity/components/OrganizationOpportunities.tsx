import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';

export const OrganizationOpportunities_organization = graphql(`
  fragment OrganizationOpportunities_organization on Organization {
    id
    deletedAt
    opportunities(first: 50) {
      totalCount
      nodes {
        id
        title
        isRotting
        pipeline {
          id
          name
        }
        stage {
          id
          name
        }
      }
    }
  }
`);

/**
 * On an organization's page: the engagements (and other opportunities) bringing it on board, in
 * stage order, each with its pipeline and stage; "New engagement" prefilled with it.
 */
export function OrganizationOpportunities(props: {
  organization: FragmentType<typeof OrganizationOpportunities_organization>;
}) {
  const organization = getFragmentData(OrganizationOpportunities_organization, props.organization);
  const { canEdit } = useSession();
  const { opportunities } = organization;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Engagements ({opportunities.totalCount})
        </Title>
        {canEdit && !organization.deletedAt && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/opportunities/new?organization=${organization.id}`}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            New engagement
          </Button>
        )}
      </Group>
      {opportunities.nodes.length === 0 ? (
        <Text c="dimmed" size="sm">
          This organization is in no pipeline.
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {opportunities.nodes.map((opportunity) => (
            <Group key={opportunity.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/opportunities/${opportunity.id}`} size="sm">
                  {opportunity.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {opportunity.pipeline.name} · {opportunity.stage.name}
                </Text>
              </Stack>
              {opportunity.isRotting && (
                <Badge size="sm" color="orange" variant="light" miw="max-content">
                  Rotting
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
