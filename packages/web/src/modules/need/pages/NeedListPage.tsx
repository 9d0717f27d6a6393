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
import { NEED_COLUMNS } from '../components/needColumns';
import { NeedFilters } from '../components/NeedFilters';
import { NeedTable } from '../components/NeedTable';
import { useNeedExport } from '../hooks/useNeedExport';
import { NO_NEED_FILTERS, PAGE_SIZES, useNeedListView } from '../hooks/useNeedListView';

export const NeedListQuery = graphql(`
  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {
    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...NeedTable_need
      }
    }
  }
`);

/** /needs: filter, sort, page, choose columns, select for bulk actions, export. */
export function NeedListPage() {
  const { canEdit } = useSession();
  const { view, setView, variables, filtered } = useNeedListView();
  const { data, previousData, loading, error, refetch } = useQuery(NeedListQuery, { variables });
  const connection = (data ?? previousData)?.needs;
  const { exportCsv, exporting } = useNeedExport();
  // The selection belongs to one view: changing filters, sort or page clears it.
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const clearSelection = () => setSelection({ viewKey, ids: [] });
  const csvColumns = csvColumnsOf(visibleColumnsOf(NEED_COLUMNS, view.cols));

  return (
    <>
      <PageHeader
        title="Needs"
        description="What organizations and projects need from the e-infrastructures: compute, storage, training…"
        actions={
          canEdit && (
            <Button component={Link} to="/needs/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New need
            </Button>
          )
        }
      />
      <NeedFilters values={view} onChange={(patch, options) => setView({ ...patch, page: 1 }, options)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <NeedTable
        needs={connection?.nodes}
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
                onClick={() => downloadCsv('needs-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton selection={{ needIds: rows.map((row) => row.id) }} onDone={clearSelection} />
                  <BulkReassignOwnerButton selection={{ needIds: rows.map((row) => row.id) }} onDone={clearSelection} />
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
                title: 'No need matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ ...NO_NEED_FILTERS, page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No needs yet',
                description: 'Record what an organization or a project needs, to follow it until it is met.',
                action: canEdit && (
                  <Button component={Link} to="/needs/new">
                    New need
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
