import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import type { CreateDocumentInput } from '../../../generated/graphql';

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
      title
      ...DocumentForm_document
    }
  }
`);

/** Records a new document; lists that may now contain it are dropped from the cache. */
export function useCreateDocument() {
  const [mutate, state] = useMutation(CreateDocumentMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
      cache.gc();
    },
  });
  const create = useCallback(
    async (input: CreateDocumentInput) => {
      const { data } = await mutate({ variables: { input } });
      return data!.createDocument;
    },
    [mutate],
  );
  return [create, state] as const;
}
