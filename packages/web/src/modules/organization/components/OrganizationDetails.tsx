import { Anchor, Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { countryName } from '../../../ui/countries';
import { ORGANIZATION_KIND_LABELS } from '../organizationKinds';

export const OrganizationDetails_organization = graphql(`
  fragment OrganizationDetails_organization on Organization {
    id
    name
    acronym
    kind
    country
    city
    website
    description
    createdAt
    updatedAt
    parent {
      id
      name
    }
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

/** An organization's fields, as read on its page. */
export function OrganizationDetails(props: { organization: FragmentType<typeof OrganizationDetails_organization> }) {
  const organization = getFragmentData(OrganizationDetails_organization, props.organization);
  const place = [organization.city, organization.country && countryName(organization.country)]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <DataList labelWidth={140}>
        <Item label="Kind">{ORGANIZATION_KIND_LABELS[organization.kind]}</Item>
        <Item label="Acronym">{organization.acronym}</Item>
        <Item label="Place">{place}</Item>
        <Item label="Web site">
          {organization.website && (
            <Anchor href={organization.website} target="_blank" rel="noreferrer">
              {organization.website}
            </Anchor>
          )}
        </Item>
        <Item label="Part of">
          {organization.parent && (
            <Anchor component={Link} to={`/organizations/${organization.parent.id}`}>
              {organization.parent.name}
            </Anchor>
          )}
        </Item>
        <Item label="Tags">
          {organization.tags.length > 0 && (
            <Group gap={4}>
              {organization.tags.map((tag) => (
                <Badge key={tag.id} variant="light" color="gray" tt="none">
                  {tag.label}
                </Badge>
              ))}
            </Group>
          )}
        </Item>
        <Item label="Owner">{organization.owner?.name}</Item>
        <Item label="Team">{organization.team?.name}</Item>
        <Item label="Last change">
          {dayjs(organization.updatedAt).format('D MMM YYYY, HH:mm')}
          {organization.updatedBy && ` by ${organization.updatedBy.name}`}
        </Item>
      </DataList>
      {organization.description && (
        <>
          <Title order={3} size="h5" mt="md" mb={4}>
            Description
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{organization.description}</Text>
        </>
      )}
    </Paper>
  );
}
