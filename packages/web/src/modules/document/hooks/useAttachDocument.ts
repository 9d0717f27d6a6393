import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
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

export interface AttachTarget {
  kind: 'organization' | 'contact' | 'project';
  id: string;
}

const TYPENAMES = { organization: 'Organization', contact: 'Contact', project: 'Project' } as const;

/** Attaches a document to one more record; the answer brings its new list of attachments. */
export function useAttachDocument() {
  const [mutate, state] = useMutation(AttachDocumentMutation);
  const attach = useCallback(
    async (documentId: string, target: AttachTarget) => {
      const { data } = await mutate({
        variables: { input: { documentId, [`${target.kind}Id`]: target.id } },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'documents' });
          forgetTimelines(cache, [{ __typename: TYPENAMES[target.kind], id: target.id }]);
          cache.gc();
        },
      });
      return data!.attachDocument;
    },
    [mutate],
  );
  return [attach, state] as const;
}
