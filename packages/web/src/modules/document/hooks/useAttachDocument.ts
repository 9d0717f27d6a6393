import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { WebRecordKind } from '../../../app/records/recordKinds';
import { graphql } from '../../../generated';
import { forgetTimelines } from '../../timeline/forgetTimeline';

const AttachDocumentMutation = graphql(`
  mutation AttachDocument($input: AttachDocumentInput!) {
    attachDocument(input: $input) {
      id
      document {
        id
        ...DocumentAttachments_document
      }
    }
  }
`);

/** A record to attach to, of a kind documents can be attached to (`documentLinks`). */
export interface AttachTarget {
  kind: WebRecordKind;
  id: string;
}

/** Attaches a document to one more record; the answer brings its new list of attachments. */
export function useAttachDocument() {
  const [mutate, state] = useMutation(AttachDocumentMutation);
  const attach = useCallback(
    async (documentId: string, target: AttachTarget) => {
      const { data } = await mutate({
        variables: { input: { documentId, [target.kind.linkField!]: target.id } },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
          forgetTimelines(cache, [{ __typename: target.kind.typename, id: target.id }]);
          cache.gc();
        },
      });
      return data!.attachDocument;
    },
    [mutate],
  );
  return [attach, state] as const;
}
