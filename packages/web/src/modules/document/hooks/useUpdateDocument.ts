import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { UpdateDocumentInput } from '../../../generated/graphql';

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      id
      title
      body
      updatedAt
      ...DocumentForm_document
    }
  }
`);

/**
 * Changes a document with the `version` it was edited from (a newer one on the server answers
 * CONFLICT). The answer updates the record in the cache; lists are asked again when shown.
 */
export function useUpdateDocument() {
  const [mutate, state] = useMutation(UpdateDocumentMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
      cache.gc();
    },
  });
  const update = useCallback(
    async (input: UpdateDocumentInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.updateDocument;
    },
    [mutate],
  );
  return [update, state] as const;
}
