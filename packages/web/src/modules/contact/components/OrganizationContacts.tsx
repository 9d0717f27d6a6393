import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { PlainList, SectionAddButton, SectionCard, SectionEmpty } from '../../../ui/details';
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
    <SectionCard
      title={
        <>
          Contacts{' '}
          {totalCount > 0 && (
            <Text span c="dimmed">
              ({totalCount})
            </Text>
          )}
        </>
      }
      action={
        canEdit && (
          <SectionAddButton variant="light" onClick={() => setEditing({ affiliation: null })}>
            Add a contact…
          </SectionAddButton>
        )
      }
    >
      {affiliations.length === 0 ? (
        <SectionEmpty>
          Nobody is affiliated with this organization yet.{canEdit && ' Use “Add a contact…” to say who works here.'}
        </SectionEmpty>
      ) : (
        <PlainList gap="sm">
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
        </PlainList>
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
    </SectionCard>
  );
}
