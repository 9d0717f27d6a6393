import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconFileExport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { downloadCsv } from '../../../ui/csv/downloadCsv';
import { csvColumnsOf, visibleColumnsOf } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { ExportCsvButton } from '../../../ui/csv/ExportCsvButton';
import { OrganizationFilters } from '../components/OrganizationFilters';
import { ORGANIZATION_COLUMNS } from '../components/organizationColumns';
import { OrganizationTable } from '../components/OrganizationTable';
import { useOrganizationExport } from '../hooks/useOrganizationExport';
import { PAGE_SIZES, useOrganizationListView } from '../hooks/useOrganizationListView';

const OrganizationListQuery = graphql(`
  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...OrganizationTable_organization
      }
    }
  }
`);

/** /organizations: filter, sort, page, choose columns, select for bulk actions, export. */
export function OrganizationListPage() {
  const { canEdit } = useSession();
  const { view, setView, variables, filtered } = useOrganizationListView();
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationListQuery, { variables });
  const connection = (data ?? previousData)?.organizations;
  const { exportCsv, exporting } = useOrganizationExport();
  // The selection belongs to one view: changing filters, sort or page clears it.
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const csvColumns = csvColumnsOf(visibleColumnsOf(ORGANIZATION_COLUMNS, view.cols));

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Institutes, universities, companies and the other places where the people we know work."
        actions={
          canEdit && (
            <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New organization
            </Button>
          )
        }
      />
      <OrganizationFilters values={view} onChange={(patch, options) => setView({ ...patch, page: 1 }, options)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <OrganizationTable
        organizations={connection?.nodes}
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
                onClick={() => downloadCsv('organizations-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton
                    selection={{ organizationIds: rows.map((row) => row.id) }}
                    onDone={() => setSelection({ viewKey, ids: [] })}
                  />
                  <BulkReassignOwnerButton
                    selection={{ organizationIds: rows.map((row) => row.id) }}
                    onDone={() => setSelection({ viewKey, ids: [] })}
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
                title: 'No organization matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ q: '', kind: [], country: [], tag: [], page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No organizations yet',
                description: 'Record the first institute, university or company you work with.',
                action: canEdit && (
                  <Button component={Link} to="/organizations/new">
                    New organization
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
