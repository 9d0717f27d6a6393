import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';

export const DetachDocumentMutation = graphql(`
  mutation DetachDocument($input: DetachDocumentInput!) {
    detachDocument(input: $input) {
      id
      ...DocumentAttachments_document
    }
  }
`);

/** Removes one attachment of a document; the answer is the document with its remaining ones. */
export function useDetachDocument() {
  const [mutate, state] = useMutation(DetachDocumentMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
      cache.gc();
    },
  });
  const detach = useCallback(
    async (linkId: string) => {
      const { data } = await mutate({ variables: { input: { id: linkId } } });
      return data!.detachDocument;
    },
    [mutate],
  );
  return [detach, state] as const;
}
