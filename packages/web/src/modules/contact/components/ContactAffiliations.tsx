import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { AffiliationAttributes } from './AffiliationAttributes';
import { AffiliationDialog, AffiliationFields_affiliation } from './AffiliationDialog';

export const ContactAffiliations_contact = graphql(`
  fragment ContactAffiliations_contact on Contact {
    id
    name
    affiliations(first: 100) {
      nodes {
        id
        role
        primary
        since
        until
        organization {
          id
          name
        }
        ...AffiliationFields_affiliation
      }
    }
  }
`);

type Editing = { affiliation: FragmentType<typeof AffiliationFields_affiliation> | null } | null;

/** Where the contact works (main first), each with role and period; editors affiliate, change, end. */
export function ContactAffiliations(props: { contact: FragmentType<typeof ContactAffiliations_contact> }) {
  const contact = getFragmentData(ContactAffiliations_contact, props.contact);
  const { canEdit } = useSession();
  const [editing, setEditing] = useState<Editing>(null);
  const affiliations = contact.affiliations.nodes;

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Organizations
        </Title>
        {canEdit && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ affiliation: null })}
          >
            Affiliate…
          </Button>
        )}
      </Group>
      {affiliations.length === 0 ? (
        <Text c="dimmed" size="sm">
          Not affiliated with any organization yet.{canEdit && ' Use “Affiliate…” to say where they work.'}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {affiliations.map((affiliation) => (
            <li key={affiliation.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Anchor component={Link} to={`/organizations/${affiliation.organization.id}`} fw={600}>
                    {affiliation.organization.name}
                  </Anchor>
                  <AffiliationAttributes {...affiliation} />
                </div>
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Change the affiliation with ${affiliation.organization.name}`}
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
      <AffiliationDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        contact={{ id: contact.id, name: contact.name }}
        affiliation={editing?.affiliation}
      />
    </Paper>
  );
}
