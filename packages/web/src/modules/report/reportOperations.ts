import { graphql } from '../../generated';

export const ReportQuery = graphql(`
  query Report($spec: ReportSpecInput!) {
    report(spec: $spec) {
      kind
      list
      truncated
      dimensions {
        field
        label
        type
        bucket
      }
      measures {
        label
      }
      rows {
        keys
        labels
        values
        previous
        filter
        previousFilter
      }
      pivot {
        dimension
        columnKeys
        columnLabels
        rows {
          keys
          labels
          cells {
            values
            filter
          }
        }
      }
    }
  }
`);

export const BuiltInReportsQuery = graphql(`
  query BuiltInReports {
    builtInReports {
      id
      title
      description
      chart
      spec
    }
  }
`);

export const ReportFieldsQuery = graphql(`
  query ReportFields($kind: ReportKind!) {
    reportFields(kind: $kind) {
      name
      label
      type
      groupable
      functions
    }
  }
`);

export const SavedReportsQuery = graphql(`
  query SavedReports {
    savedReports(first: 100) {
      nodes {
        id
        name
        visibility
      }
    }
  }
`);

export const SavedReportQuery = graphql(`
  query SavedReport($id: ID!) {
    savedReport(id: $id) {
      id
      version
      name
      description
      spec
      chart
      visibility
      owner {
        id
        name
      }
    }
  }
`);

export const DashboardTeamsQuery = graphql(`
  query DashboardTeams {
    teams(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);
