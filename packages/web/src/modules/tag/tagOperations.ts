import { graphql } from '../../generated';

export const TagsPageQuery = graphql(`
  query TagsPage($text: String) {
    tags(first: 500, filter: { text: $text }) {
      totalCount
      nodes {
        id
        label
        color
        description
        version
        usageCount
        usage {
          type
          count
        }
      }
    }
  }
`);

export const CreateTagMutation = graphql(`
  mutation CreateTagFromList($input: CreateTagInput!) {
    createTag(input: $input) {
      id
      label
    }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation UpdateTagFromList($input: UpdateTagInput!) {
    updateTag(input: $input) {
      id
      label
      color
      description
      version
    }
  }
`);

export const DeleteTagMutation = graphql(`
  mutation DeleteTagFromList($input: DeleteRecordInput!) {
    deleteTag(input: $input) {
      id
      deletedAt
    }
  }
`);

export const MergeTagsMutation = graphql(`
  mutation MergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input) {
      id
      label
      version
      usageCount
    }
  }
`);
