import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconFileExport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { downloadCsv } from '../../../ui/csv/downloadCsv';
import { ExportCsvButton } from '../../../ui/csv/ExportCsvButton';
import { csvColumnsOf, visibleColumnsOf } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { DocumentFilters } from '../components/DocumentFilters';
import { DOCUMENT_COLUMNS } from '../components/documentColumns';
import { DocumentTable } from '../components/DocumentTable';
import { useDocumentExport } from '../hooks/useDocumentExport';
import { CLEARED_FILTERS, PAGE_SIZES, useDocumentListView } from '../hooks/useDocumentListView';

const DocumentListQuery = graphql(`
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
  const { view, setView, variables, filtered } = useDocumentListView();
  const { data, previousData, loading, error, refetch } = useQuery(DocumentListQuery, { variables });
  const connection = (data ?? previousData)?.documents;
  const attachedId = view.org || view.contact || view.project;
  const { data: attachedTo } = useQuery(AttachedToNameQuery, {
    variables: { id: attachedId, organization: !!view.org, contact: !!view.contact, project: !!view.project },
    skip: !attachedId,
  });
  const attachedToName =
    attachedTo?.organization?.name ?? attachedTo?.contact?.name ?? attachedTo?.project?.name ?? undefined;
  const { exportCsv, exporting } = useDocumentExport();
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const clearSelection = () => setSelection({ viewKey, ids: [] });
  const csvColumns = csvColumnsOf(visibleColumnsOf(DOCUMENT_COLUMNS, view.cols));

  return (
    <>
      <PageHeader
        title="Documents"
        description="Minutes, agreements, presentations and notes, with their files and the records they concern."
        actions={
          canEdit && (
            <Button component={Link} to="/documents/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New document
            </Button>
          )
        }
      />
      <DocumentFilters
        values={view}
        attachedToName={attachedToName}
        onChange={(patch, options) => setView({ ...patch, page: 1 }, options)}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <DocumentTable
        documents={connection?.nodes}
        loading={loading}
        totalCount={connection?.totalCount ?? 0}
        visibleColumns={view.cols}
        onVisibleColumnsChange={(cols) => setView({ cols }, { replace: true })}
        sort={view.sort}
        onSortChange={(sort) => setView({ sort, page: 1 })}
        page={view.page}
        pageSize={view.size}
        pageSizes={PAGE_SIZES}
        onPageChange={(page) => setView({ page })}
        onPageSizeChange={(size) => setView({ size, page: 1 })}
        selection={{
          selected,
          onChange: (ids) => setSelection({ viewKey, ids }),
          actions: (rows) => (
            <>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileExport size={16} aria-hidden />}
                onClick={() => downloadCsv('documents-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton selection={{ documentIds: rows.map((row) => row.id) }} onDone={clearSelection} />
                  <BulkReassignOwnerButton
                    selection={{ documentIds: rows.map((row) => row.id) }}
                    onDone={clearSelection}
                  />
                </>
              )}
            </>
          ),
        }}
        toolbar={
          <ExportCsvButton
            loading={exporting}
            onExport={() => exportCsv({ filter: variables.filter, orderBy: variables.orderBy }, csvColumns)}
          />
        }
        empty={
          filtered
            ? {
                title: 'No document matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ ...CLEARED_FILTERS, page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No documents yet',
                description: 'Write up a meeting, or keep an agreement or a presentation with the records it concerns.',
                action: canEdit && (
                  <Button component={Link} to="/documents/new">
                    New document
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
