import { graphql } from '../../../generated';
import type { TrashType } from '../../../generated/graphql';

// One delete and one restore per kind of record: the API has no generic one. Each answers the
// record's id, version and deletedAt, which is what the pages read to show "in the trash".

const DeleteOrganization = graphql(`
  mutation DeleteOrganizationRecord($input: DeleteRecordInput!) {
    deleteOrganization(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteContact = graphql(`
  mutation DeleteContactRecord($input: DeleteRecordInput!) {
    deleteContact(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteProject = graphql(`
  mutation DeleteProjectRecord($input: DeleteRecordInput!) {
    deleteProject(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteActivity = graphql(`
  mutation DeleteActivityRecord($input: DeleteRecordInput!) {
    deleteActivity(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteDocument = graphql(`
  mutation DeleteDocumentRecord($input: DeleteRecordInput!) {
    deleteDocument(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteNeed = graphql(`
  mutation DeleteNeedRecord($input: DeleteRecordInput!) {
    deleteNeed(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteLead = graphql(`
  mutation DeleteLeadRecord($input: DeleteRecordInput!) {
    deleteLead(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteOpportunity = graphql(`
  mutation DeleteOpportunityRecord($input: DeleteRecordInput!) {
    deleteOpportunity(input: $input) {
      id
      version
      deletedAt
    }
  }
`);

const DeleteSavedReport = graphql(`
  mutation DeleteSavedReportRecord($input: DeleteRecordInput!) {
    deleteSavedReport(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const DeleteDashboard = graphql(`
  mutation DeleteDashboardRecord($input: DeleteRecordInput!) {
    deleteDashboard(input: $input) {
      id
      version
      deletedAt
    }
  }
`);

export const RestoreOrganization = graphql(`
  mutation RestoreOrganizationRecord($input: RestoreRecordInput!) {
    restoreOrganization(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreContact = graphql(`
  mutation RestoreContactRecord($input: RestoreRecordInput!) {
    restoreContact(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreProject = graphql(`
  mutation RestoreProjectRecord($input: RestoreRecordInput!) {
    restoreProject(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreActivity = graphql(`
  mutation RestoreActivityRecord($input: RestoreRecordInput!) {
    restoreActivity(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreDocument = graphql(`
  mutation RestoreDocumentRecord($input: RestoreRecordInput!) {
    restoreDocument(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreNeed = graphql(`
  mutation RestoreNeedRecord($input: RestoreRecordInput!) {
    restoreNeed(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreLead = graphql(`
  mutation RestoreLeadRecord($input: RestoreRecordInput!) {
    restoreLead(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreOpportunity = graphql(`
  mutation RestoreOpportunityRecord($input: RestoreRecordInput!) {
    restoreOpportunity(input: $input) {
      id
      version
      deletedAt
    }
  }
`);

const RestoreSavedReport = graphql(`
  mutation RestoreSavedReportRecord($input: RestoreRecordInput!) {
    restoreSavedReport(input: $input) {
      id
      version
      deletedAt
    }
  }
`);
const RestoreDashboard = graphql(`
  mutation RestoreDashboardRecord($input: RestoreRecordInput!) {
    restoreDashboard(input: $input) {
      id
      version
      deletedAt
    }
  }
`);

export const DELETE_MUTATIONS = {
  ORGANIZATION: DeleteOrganization,
  CONTACT: DeleteContact,
  PROJECT: DeleteProject,
  ACTIVITY: DeleteActivity,
  DOCUMENT: DeleteDocument,
  NEED: DeleteNeed,
  LEAD: DeleteLead,
  OPPORTUNITY: DeleteOpportunity,
  SAVED_REPORT: DeleteSavedReport,
  DASHBOARD: DeleteDashboard,
} satisfies Record<TrashType, unknown>;

export const RESTORE_MUTATIONS = {
  ORGANIZATION: RestoreOrganization,
  CONTACT: RestoreContact,
  PROJECT: RestoreProject,
  ACTIVITY: RestoreActivity,
  DOCUMENT: RestoreDocument,
  NEED: RestoreNeed,
  LEAD: RestoreLead,
  OPPORTUNITY: RestoreOpportunity,
  SAVED_REPORT: RestoreSavedReport,
  DASHBOARD: RestoreDashboard,
} satisfies Record<TrashType, unknown>;
