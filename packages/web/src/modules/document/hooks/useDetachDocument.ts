import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';
import { forgetTimelines, type TimelineOwner } from '../../timeline/forgetTimeline';

const DetachDocumentMutation = graphql(`
  mutation DetachDocument($input: DetachDocumentInput!) {
    detachDocument(input: $input) {
      id
      ...DocumentAttachments_document
    }
  }
`);

/**
 * Removes one attachment of a document; the answer is the document with its remaining ones. `from`,
 * the record it was attached to, gets its timeline asked again.
 */
export function useDetachDocument() {
  const [mutate, state] = useMutation(DetachDocumentMutation);
  const detach = useCallback(
    async (linkId: string, from?: TimelineOwner | null) => {
      const { data } = await mutate({
        variables: { input: { id: linkId } },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
          forgetTimelines(cache, [from]);
          cache.gc();
        },
      });
      return data!.detachDocument;
    },
    [mutate],
  );
  return [detach, state] as const;
}
