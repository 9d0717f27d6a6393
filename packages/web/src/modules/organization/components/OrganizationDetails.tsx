import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, DetailsText, LastChangeItem, TagsItem } from '../../../ui/details';
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

/** An organization's fields, as read on its page. */
export function OrganizationDetails(props: { organization: FragmentType<typeof OrganizationDetails_organization> }) {
  const organization = getFragmentData(OrganizationDetails_organization, props.organization);
  const place = [organization.city, organization.country && countryName(organization.country)]
    .filter(Boolean)
    .join(', ');
  return (
    <DetailsCard after={<DetailsText title="Description" text={organization.description} />}>
      <DetailsItem label="Kind">{ORGANIZATION_KIND_LABELS[organization.kind]}</DetailsItem>
      <DetailsItem label="Acronym">{organization.acronym}</DetailsItem>
      <DetailsItem label="Place">{place}</DetailsItem>
      <DetailsItem label="Web site">
        {organization.website && (
          <Anchor href={organization.website} target="_blank" rel="noreferrer">
            {organization.website}
          </Anchor>
        )}
      </DetailsItem>
      <DetailsItem label="Part of">
        {organization.parent && (
          <Anchor component={Link} to={`/organizations/${organization.parent.id}`}>
            {organization.parent.name}
          </Anchor>
        )}
      </DetailsItem>
      <TagsItem tags={organization.tags} />
      <DetailsItem label="Owner">{organization.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{organization.team?.name}</DetailsItem>
      <LastChangeItem at={organization.updatedAt} by={organization.updatedBy} />
    </DetailsCard>
  );
}
