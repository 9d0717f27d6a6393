import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { AffiliationAttributes } from './AffiliationAttributes';
import { AffiliationDialog, AffiliationFields_affiliation } from './AffiliationDialog';

export const OrganizationContacts_organization = graphql(`
  fragment OrganizationContacts_organization on Organization {
    id
    name
    affiliations(first: 200) {
      totalCount
      nodes {
        id
        role
        primary
        since
        until
        contact {
          id
          name
          title
        }
        ...AffiliationFields_affiliation
      }
    }
  }
`);

type Editing = { affiliation: FragmentType<typeof AffiliationFields_affiliation> | null } | null;

/** Who works at the organization, with role and period; editors add people, change or end affiliations. */
export function OrganizationContacts(props: { organization: FragmentType<typeof OrganizationContacts_organization> }) {
  const organization = getFragmentData(OrganizationContacts_organization, props.organization);
  const { canEdit } = useSession();
  const [editing, setEditing] = useState<Editing>(null);
  const { nodes: affiliations, totalCount } = organization.affiliations;

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Contacts{' '}
          {totalCount > 0 && (
            <Text span c="dimmed">
              ({totalCount})
            </Text>
          )}
        </Title>
        {canEdit && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ affiliation: null })}
          >
            Add a contact…
          </Button>
        )}
      </Group>
      {affiliations.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nobody is affiliated with this organization yet.{canEdit && ' Use “Add a contact…” to say who works here.'}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {affiliations.map((affiliation) => (
            <li key={affiliation.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/contacts/${affiliation.contact.id}`} fw={600}>
                      {affiliation.contact.name}
                    </Anchor>
                    {affiliation.contact.title && (
                      <Text size="sm" c="dimmed">
                        {affiliation.contact.title}
                      </Text>
                    )}
                  </Group>
                  <AffiliationAttributes {...affiliation} />
                </div>
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Change the affiliation of ${affiliation.contact.name}`}
                    onClick={() => setEditing({ affiliation })}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {totalCount > affiliations.length && (
        <Anchor component={Link} to={`/contacts?org=${organization.id}`} size="sm" mt="sm" display="block">
          See all {totalCount} contacts
        </Anchor>
      )}
      <AffiliationDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        organization={{ id: organization.id, name: organization.name }}
        affiliation={editing?.affiliation}
      />
    </Paper>
  );
}
