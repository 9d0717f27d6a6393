import { graphql } from '../../generated';

export const DashboardFields = graphql(`
  fragment DashboardFields on Dashboard {
    id
    version
    name
    description
    visibility
    team {
      id
    }
    owner {
      id
      name
    }
    filters {
      period
      teamIds
      countries
      tagIds
    }
    widgets {
      kind
      savedReportId
      builtInReportId
      markdown
      title
      x
      y
      w
      h
      visible
      savedReport {
        id
        name
        chart
        spec
      }
    }
  }
`);

export const DashboardsQuery = graphql(`
  query Dashboards {
    dashboards(first: 100) {
      nodes {
        id
        name
        visibility
        team {
          id
        }
        owner {
          id
        }
      }
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($id: ID!) {
    dashboard(id: $id) {
      ...DashboardFields
    }
  }
`);

export const CreateDashboard = graphql(`
  mutation CreateDashboard($input: CreateDashboardInput!) {
    createDashboard(input: $input) {
      id
      ...DashboardFields
    }
  }
`);

export const UpdateDashboard = graphql(`
  mutation UpdateDashboard($input: UpdateDashboardInput!) {
    updateDashboard(input: $input) {
      id
      ...DashboardFields
    }
  }
`);

export const DeleteDashboard = graphql(`
  mutation DeleteDashboard($input: DeleteRecordInput!) {
    deleteDashboard(input: $input) {
      id
      deletedAt
    }
  }
`);
