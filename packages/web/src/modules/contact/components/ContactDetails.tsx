import { Anchor, Badge, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { countryName } from '../../../ui/countries';
import { CONSENT_BASIS_LABELS } from '../contactLabels';

export const ContactDetails_contact = graphql(`
  fragment ContactDetails_contact on Contact {
    id
    name
    title
    emails
    phones
    country
    expertise
    notes
    consentBasis
    consentDate
    consentSource
    createdAt
    updatedAt
    tags {
      id
      label
    }
    owner {
      id
      name
    }
    team {
      id
      name
    }
    updatedBy {
      id
      name
    }
  }
`);

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children || (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/**
 * A contact's fields, as read on their page. Email addresses and phones are null for viewers, who
 * may not see them: those rows are left out rather than shown empty.
 */
export function ContactDetails(props: { contact: FragmentType<typeof ContactDetails_contact> }) {
  const contact = getFragmentData(ContactDetails_contact, props.contact);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <DataList labelWidth={140}>
        <Item label="Title">{contact.title}</Item>
        {contact.emails && (
          <Item label="Email">
            {contact.emails.length > 0 && (
              <Stack gap={2}>
                {contact.emails.map((email) => (
                  <Anchor key={email} href={`mailto:${email}`}>
                    {email}
                  </Anchor>
                ))}
              </Stack>
            )}
          </Item>
        )}
        {contact.phones && (
          <Item label="Phone">
            {contact.phones.length > 0 && (
              <Stack gap={2}>
                {contact.phones.map((phone) => (
                  <Anchor key={phone} href={`tel:${phone.replace(/\s/g, '')}`}>
                    {phone}
                  </Anchor>
                ))}
              </Stack>
            )}
          </Item>
        )}
        <Item label="Country">{contact.country && countryName(contact.country)}</Item>
        <Item label="Expertise">
          {contact.expertise.length > 0 && (
            <Group gap={4}>
              {contact.expertise.map((topic) => (
                <Badge key={topic} variant="outline" color="gray" tt="none">
                  {topic}
                </Badge>
              ))}
            </Group>
          )}
        </Item>
        <Item label="Tags">
          {contact.tags.length > 0 && (
            <Group gap={4}>
              {contact.tags.map((tag) => (
                <Badge key={tag.id} variant="light" color="gray" tt="none">
                  {tag.label}
                </Badge>
              ))}
            </Group>
          )}
        </Item>
        <Item label="Legal basis">
          {contact.consentBasis &&
            [
              CONSENT_BASIS_LABELS[contact.consentBasis],
              contact.consentDate && `since ${dayjs(contact.consentDate).format('D MMM YYYY')}`,
              contact.consentSource && `(${contact.consentSource})`,
            ]
              .filter(Boolean)
              .join(' ')}
        </Item>
        <Item label="Owner">{contact.owner?.name}</Item>
        <Item label="Team">{contact.team?.name}</Item>
        <Item label="Last change">
          {dayjs(contact.updatedAt).format('D MMM YYYY, HH:mm')}
          {contact.updatedBy && ` by ${contact.updatedBy.name}`}
        </Item>
      </DataList>
      {contact.notes && (
        <>
          <Title order={3} size="h5" mt="md" mb={4}>
            Notes
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</Text>
        </>
      )}
    </Paper>
  );
}
