import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ProjectOrganizationLink_link } from './projectLinkFragments';
import { RecordProjects } from './RecordProjects';

export const OrganizationProjects_organization = graphql(`
  fragment OrganizationProjects_organization on Organization {
    id
    name
    deletedAt
    projectLinks(first: 200) {
      totalCount
      nodes {
        id
        ...ProjectOrganizationLink_link
      }
    }
  }
`);

/** On an organization's page: the projects it takes part in, in which role; "Add to project". */
export function OrganizationProjects(props: { organization: FragmentType<typeof OrganizationProjects_organization> }) {
  const organization = getFragmentData(OrganizationProjects_organization, props.organization);
  const links = getFragmentData(ProjectOrganizationLink_link, organization.projectLinks.nodes);
  return (
    <RecordProjects
      party="organization"
      record={{ id: organization.id, name: organization.name }}
      links={[...links]}
      totalCount={organization.projectLinks.totalCount}
      editable={!organization.deletedAt}
    />
  );
}
