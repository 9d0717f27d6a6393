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
import { ActivityFilters } from '../components/ActivityFilters';
import { ACTIVITY_COLUMNS } from '../components/activityColumns';
import { ActivityTable } from '../components/ActivityTable';
import { useActivityExport } from '../hooks/useActivityExport';
import { NO_FILTERS, PAGE_SIZES, useActivityListView } from '../hooks/useActivityListView';

const ActivityListQuery = graphql(`
  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ActivityTable_activity
      }
    }
  }
`);

/** /activities: filter, sort, page, choose columns, select for bulk actions, export. */
export function ActivityListPage() {
  const { canEdit } = useSession();
  const { view, setView, variables, filtered } = useActivityListView();
  const { data, previousData, loading, error, refetch } = useQuery(ActivityListQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.activities;
  const { exportCsv, exporting } = useActivityExport();
  // The selection belongs to one view: changing filters, sort or page clears it.
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const clearSelection = () => setSelection({ viewKey, ids: [] });
  const csvColumns = csvColumnsOf(visibleColumnsOf(ACTIVITY_COLUMNS, view.cols));

  return (
    <>
      <PageHeader
        title="Activities"
        description="Calls, meetings, events, emails, notes and to-dos, with the records they concern."
        actions={
          canEdit && (
            <Button component={Link} to="/activities/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New activity
            </Button>
          )
        }
      />
      <ActivityFilters values={view} onChange={(patch, options) => setView({ ...patch, page: 1 }, options)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <ActivityTable
        activities={connection?.nodes}
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
                onClick={() => downloadCsv('activities-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton selection={{ activityIds: rows.map((row) => row.id) }} onDone={clearSelection} />
                  <BulkReassignOwnerButton
                    selection={{ activityIds: rows.map((row) => row.id) }}
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
                title: 'No activity matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ ...NO_FILTERS, page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No activities yet',
                description:
                  'Log a call or a meeting from an organization, contact or project page, or record one here.',
                action: canEdit && (
                  <Button component={Link} to="/activities/new">
                    New activity
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
