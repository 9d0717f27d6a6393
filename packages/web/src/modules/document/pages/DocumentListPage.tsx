import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { DocumentFilters } from '../components/DocumentFilters';
import { DOCUMENT_COLUMNS } from '../components/documentColumns';
import { DocumentTable } from '../components/DocumentTable';
import { useDocumentExport } from '../hooks/useDocumentExport';
import { CLEARED_FILTERS, useDocumentListView } from '../hooks/useDocumentListView';

export const DocumentListQuery = graphql(`
  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {
    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...DocumentTable_document
      }
    }
  }
`);

const AttachedToNameQuery = graphql(`
  query DocumentAttachedToName($id: ID!, $organization: Boolean!, $contact: Boolean!, $project: Boolean!) {
    organization(id: $id) @include(if: $organization) {
      id
      name
    }
    contact(id: $id) @include(if: $contact) {
      id
      name
    }
    project(id: $id) @include(if: $project) {
      id
      name
    }
  }
`);

/** /documents: filter, sort, page, choose columns, select for bulk actions, export. */
export function DocumentListPage() {
  const { canEdit } = useSession();
  const listView = useDocumentListView();
  const { data, previousData, loading, error, refetch } = useQuery(DocumentListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.documents;
  const { view } = listView;
  const attachedId = view.org || view.contact || view.project;
  const { data: attachedTo } = useQuery(AttachedToNameQuery, {
    variables: { id: attachedId, organization: !!view.org, contact: !!view.contact, project: !!view.project },
    skip: !attachedId,
  });
  const attachedToName =
    attachedTo?.organization?.name ?? attachedTo?.contact?.name ?? attachedTo?.project?.name ?? undefined;
  const exporter = useDocumentExport();

  return (
    <ListPage
      title="Documents"
      description="Minutes, agreements, presentations and notes, with their files and the records they concern."
      noun={{ one: 'document', many: 'documents' }}
      createHref="/documents/new"
      emptyDescription="Write up a meeting, or keep an agreement or a presentation with the records it concerns."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={CLEARED_FILTERS}
      columns={DOCUMENT_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <DocumentFilters values={view} attachedToName={attachedToName} onChange={onChange} />}
      bulkActions={(documentIds, onDone) => (
        <>
          <BulkTagButton selection={{ documentIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ documentIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <DocumentTable
          documents={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
