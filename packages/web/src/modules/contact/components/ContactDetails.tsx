import { Anchor, Badge, Group, Stack } from '@mantine/core';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, DetailsText, LastChangeItem, TagsItem } from '../../../ui/details';
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

/**
 * A contact's fields, as read on their page. Email addresses and phones are null for viewers, who
 * may not see them: those rows are left out rather than shown empty.
 */
export function ContactDetails(props: { contact: FragmentType<typeof ContactDetails_contact> }) {
  const contact = getFragmentData(ContactDetails_contact, props.contact);
  return (
    <DetailsCard after={<DetailsText title="Notes" text={contact.notes} />}>
      <DetailsItem label="Title">{contact.title}</DetailsItem>
      {contact.emails && (
        <DetailsItem label="Email">
          {contact.emails.length > 0 && (
            <Stack gap={2}>
              {contact.emails.map((email) => (
                <Anchor key={email} href={`mailto:${email}`}>
                  {email}
                </Anchor>
              ))}
            </Stack>
          )}
        </DetailsItem>
      )}
      {contact.phones && (
        <DetailsItem label="Phone">
          {contact.phones.length > 0 && (
            <Stack gap={2}>
              {contact.phones.map((phone) => (
                <Anchor key={phone} href={`tel:${phone.replace(/\s/g, '')}`}>
                  {phone}
                </Anchor>
              ))}
            </Stack>
          )}
        </DetailsItem>
      )}
      <DetailsItem label="Country">{contact.country && countryName(contact.country)}</DetailsItem>
      <DetailsItem label="Expertise">
        {contact.expertise.length > 0 && (
          <Group gap={4}>
            {contact.expertise.map((topic) => (
              <Badge key={topic} variant="outline" color="gray" tt="none">
                {topic}
              </Badge>
            ))}
          </Group>
        )}
      </DetailsItem>
      <TagsItem tags={contact.tags} />
      <DetailsItem label="Legal basis">
        {contact.consentBasis &&
          [
            CONSENT_BASIS_LABELS[contact.consentBasis],
            contact.consentDate && `since ${dayjs(contact.consentDate).format('D MMM YYYY')}`,
            contact.consentSource && `(${contact.consentSource})`,
          ]
            .filter(Boolean)
            .join(' ')}
      </DetailsItem>
      <DetailsItem label="Owner">{contact.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{contact.team?.name}</DetailsItem>
      <LastChangeItem at={contact.updatedAt} by={contact.updatedBy} />
    </DetailsCard>
  );
}
