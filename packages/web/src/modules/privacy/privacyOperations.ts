import { graphql } from '../../generated';

export const PrivacyRequestsQuery = graphql(`
  query PrivacyRequests {
    privacyRequests(first: 100) {
      totalCount
      nodes {
        id
        at
        kind
        summary
        contact {
          id
          name
          erasedAt
        }
        requestedBy {
          id
          name
        }
      }
    }
  }
`);

export const ExportPersonalDataMutation = graphql(`
  mutation ExportPersonalData($input: PersonalDataInput!) {
    exportPersonalData(input: $input)
  }
`);

export const EraseContactMutation = graphql(`
  mutation EraseContact($input: PersonalDataInput!) {
    eraseContact(input: $input) {
      contact {
        id
        name
        erasedAt
        deletedAt
        version
      }
      redacted {
        recordType
        recordId
        fields
      }
      filesToReview {
        documentId
        fileName
        url
      }
    }
  }
`);
