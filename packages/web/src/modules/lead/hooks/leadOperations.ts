import { graphql } from '../../../generated';

export const DisqualifyLeadMutation = graphql(`
  mutation DisqualifyLead($input: DisqualifyLeadInput!) {
    disqualifyLead(input: $input) {
      id
      version
      ...LeadDetails_lead
    }
  }
`);

export const ConvertLeadMutation = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      id
      version
      ...LeadDetails_lead
    }
  }
`);

export const UndoLeadConversionMutation = graphql(`
  mutation UndoLeadConversion($id: ID!) {
    undoLeadConversion(id: $id) {
      id
      version
      ...LeadDetails_lead
    }
  }
`);

/** What the conversion offers to link instead of creating: the lead's look-alikes. */
export const LeadDuplicatesQuery = graphql(`
  query LeadDuplicates($id: ID!) {
    lead(id: $id) {
      id
      duplicates {
        contacts {
          score
          sameEmail
          contact {
            id
            name
            emails
            primaryOrganization {
              id
              name
            }
          }
        }
        organizations {
          score
          organization {
            id
            name
            country
          }
        }
      }
    }
  }
`);

/** The pipelines a conversion may open an opportunity in, with their stages in order. */
export const ConversionPipelinesQuery = graphql(`
  query ConversionPipelines {
    pipelines {
      id
      name
      stages {
        id
        name
        kind
      }
    }
  }
`);
