import { Anchor, Badge, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RECORD_KINDS, recordPath } from '../../../app/records/recordKinds';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, LastChangeItem, TagsItem } from '../../../ui/details';
import { VISIBILITY_LABELS } from '../../activity/activityLabels';
import { MarkdownView } from '../../document/components/MarkdownView';
import { LEAD_SOURCE_LABELS, LEAD_STATUS_COLORS, LEAD_STATUS_LABELS } from '../leadLabels';

export const LeadDetails_lead = graphql(`
  fragment LeadDetails_lead on Lead {
    id
    name
    organizationName
    email
    country
    source
    status
    interest
    notes
    visibility
    disqualifiedReason
    convertedAt
    convertedBy {
      id
      name
    }
    convertedContact {
      id
      name
    }
    convertedOrganization {
      id
      name
    }
    convertedOpportunity {
      id
      title
      stage {
        id
        name
      }
    }
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
    createdBy {
      id
      name
    }
    updatedBy {
      id
      name
    }
  }
`);

const opportunityKind = RECORD_KINDS.find((kind) => kind.typename === 'Opportunity');

function Markdown({ title, text, empty }: { title: string; text: string; empty: string }) {
  return (
    <>
      <Title order={3} size="h5" mt="md" mb={4}>
        {title}
      </Title>
      {text ? (
        <MarkdownView>{text}</MarkdownView>
      ) : (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      )}
    </>
  );
}

/** A lead's fields, as read on its page, with what it became once converted. */
export function LeadDetails(props: { lead: FragmentType<typeof LeadDetails_lead>; tagAction?: ReactNode }) {
  const lead = getFragmentData(LeadDetails_lead, props.lead);
  return (
    <DetailsCard
      after={
        <>
          <Markdown title="Interest" text={lead.interest} empty="Not told yet." />
          <Markdown title="Notes" text={lead.notes} empty="No notes." />
        </>
      }
    >
      <DetailsItem label="Status">
        <Badge variant="dot" color={LEAD_STATUS_COLORS[lead.status]} tt="none">
          {LEAD_STATUS_LABELS[lead.status]}
        </Badge>
      </DetailsItem>
      {lead.disqualifiedReason && <DetailsItem label="Why disqualified">{lead.disqualifiedReason}</DetailsItem>}
      {lead.convertedAt && (
        <DetailsItem label="Converted">
          {dayjs(lead.convertedAt).format('D MMM YYYY')}
          {lead.convertedBy && ` by ${lead.convertedBy.name}`}
        </DetailsItem>
      )}
      {lead.convertedContact && (
        <DetailsItem label="Became the contact">
          <Anchor component={Link} to={`/contacts/${lead.convertedContact.id}`}>
            {lead.convertedContact.name}
          </Anchor>
        </DetailsItem>
      )}
      {lead.convertedOrganization && (
        <DetailsItem label="Became the organization">
          <Anchor component={Link} to={`/organizations/${lead.convertedOrganization.id}`}>
            {lead.convertedOrganization.name}
          </Anchor>
        </DetailsItem>
      )}
      {lead.convertedOpportunity && (
        <DetailsItem label="Became the opportunity">
          {opportunityKind?.path ? (
            <Anchor component={Link} to={recordPath(opportunityKind, lead.convertedOpportunity.id)}>
              {lead.convertedOpportunity.title}
            </Anchor>
          ) : (
            lead.convertedOpportunity.title
          )}
          {` (${lead.convertedOpportunity.stage.name})`}
        </DetailsItem>
      )}
      <DetailsItem label="Organization">{lead.organizationName}</DetailsItem>
      <DetailsItem label="Email">{lead.email}</DetailsItem>
      <DetailsItem label="Country">{lead.country}</DetailsItem>
      <DetailsItem label="Source">{LEAD_SOURCE_LABELS[lead.source]}</DetailsItem>
      <TagsItem tags={lead.tags} action={props.tagAction} />
      <DetailsItem label="Owner">{lead.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{lead.team?.name}</DetailsItem>
      <DetailsItem label="Visible to">{VISIBILITY_LABELS[lead.visibility]}</DetailsItem>
      <DetailsItem label="Recorded">
        {dayjs(lead.createdAt).format('D MMM YYYY')}
        {lead.createdBy && ` by ${lead.createdBy.name}`}
      </DetailsItem>
      <LastChangeItem at={lead.updatedAt} by={lead.updatedBy} />
    </DetailsCard>
  );
}
