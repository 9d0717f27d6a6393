import { ActionIcon, Anchor, Group } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { PlainList, SectionAddButton, SectionCard, SectionEmpty } from '../../../ui/details';
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
    <SectionCard
      title="Organizations"
      action={
        canEdit && (
          <SectionAddButton variant="light" onClick={() => setEditing({ affiliation: null })}>
            Affiliate…
          </SectionAddButton>
        )
      }
    >
      {affiliations.length === 0 ? (
        <SectionEmpty>
          Not affiliated with any organization yet.{canEdit && ' Use “Affiliate…” to say where they work.'}
        </SectionEmpty>
      ) : (
        <PlainList gap="sm">
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
        </PlainList>
      )}
      <AffiliationDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        contact={{ id: contact.id, name: contact.name }}
        affiliation={editing?.affiliation}
      />
    </SectionCard>
  );
}
