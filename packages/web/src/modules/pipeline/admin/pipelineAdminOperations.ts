import { graphql } from '../../../generated';

export const PipelineSettingsQuery = graphql(`
  query PipelineSettings {
    pipelines {
      id
      name
      version
      valueUnit
      currency
      stages {
        id
        name
        version
        kind
        probability
        rottingDays
      }
    }
  }
`);

export const UpdatePipelineMutation = graphql(`
  mutation UpdatePipeline($input: UpdatePipelineInput!) {
    updatePipeline(input: $input) {
      id
      name
      version
      valueUnit
      currency
    }
  }
`);

export const AddPipelineStageMutation = graphql(`
  mutation AddPipelineStage($input: AddPipelineStageInput!) {
    addPipelineStage(input: $input) {
      id
    }
  }
`);

export const UpdatePipelineStageMutation = graphql(`
  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {
    updatePipelineStage(input: $input) {
      id
      name
      version
      kind
      probability
      rottingDays
    }
  }
`);

export const ReorderPipelineStagesMutation = graphql(`
  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {
    reorderPipelineStages(input: $input) {
      id
      stages {
        id
      }
    }
  }
`);

export const RemovePipelineStageMutation = graphql(`
  mutation RemovePipelineStage($input: RemovePipelineStageInput!) {
    removePipelineStage(input: $input) {
      id
      stages {
        id
      }
    }
  }
`);
