import { graphql } from '../../../generated';

/** What a project page and an organization page show of an organization's part in a project. */
export const ProjectOrganizationLink_link = graphql(`
  fragment ProjectOrganizationLink_link on ProjectOrganizationLink {
    id
    version
    role
    since
    until
    note
    organization {
      id
      name
      acronym
      deletedAt
    }
    project {
      id
      name
      acronym
      status
    }
  }
`);

/** What a project page and a contact page show of a contact's part in a project. */
export const ProjectContactLink_link = graphql(`
  fragment ProjectContactLink_link on ProjectContactLink {
    id
    version
    role
    since
    until
    note
    contact {
      id
      name
      deletedAt
    }
    project {
      id
      name
      acronym
      status
    }
  }
`);
