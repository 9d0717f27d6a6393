import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { PlainList, SectionCard, SectionEmpty } from '../../../ui/details';
import { NEED_STATUS_LABELS } from '../../need/needLabels';

export const OpportunityPeople_opportunity = graphql(`
  fragment OpportunityPeople_opportunity on Opportunity {
    id
    contacts {
      id
      role
      contact {
        id
        name
      }
    }
    needs {
      id
      title
      status
    }
  }
`);

/** Its main contacts with their roles, and the needs it addresses. */
export function OpportunityPeople(props: { opportunity: FragmentType<typeof OpportunityPeople_opportunity> }) {
  const { contacts, needs } = getFragmentData(OpportunityPeople_opportunity, props.opportunity);
  const shown = contacts.filter((link) => link.contact);
  return (
    <>
      <SectionCard title="Contacts">
        {shown.length === 0 ? (
          <SectionEmpty>No main contact yet.</SectionEmpty>
        ) : (
          <PlainList gap={4}>
            {shown.map((link) => (
              <Group component="li" key={link.id} gap="xs">
                <Anchor component={Link} to={`/contacts/${link.contact!.id}`} size="sm">
                  {link.contact!.name}
                </Anchor>
                {link.role && (
                  <Text size="sm" c="dimmed">
                    {link.role}
                  </Text>
                )}
              </Group>
            ))}
          </PlainList>
        )}
      </SectionCard>
      <SectionCard title="Needs it addresses">
        {needs.length === 0 ? (
          <SectionEmpty>No need linked yet.</SectionEmpty>
        ) : (
          <PlainList gap={4}>
            {needs.map((need) => (
              <Group component="li" key={need.id} gap="xs">
                <Anchor component={Link} to={`/needs/${need.id}`} size="sm">
                  {need.title}
                </Anchor>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {NEED_STATUS_LABELS[need.status]}
                </Badge>
              </Group>
            ))}
          </PlainList>
        )}
      </SectionCard>
    </>
  );
}
