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
import { CONTACT_COLUMNS } from '../components/contactColumns';
import { ContactFilters, EMPTY_CONTACT_FILTERS } from '../components/ContactFilters';
import { ContactTable } from '../components/ContactTable';
import { useContactExport } from '../hooks/useContactExport';
import { PAGE_SIZES, useContactListView } from '../hooks/useContactListView';

export const ContactListQuery = graphql(`
  query ContactList($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {
    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ContactTable_contact
      }
    }
  }
`);

/** Viewers never see email addresses or phone numbers: their list has no such columns. */
const VIEWER_COLUMNS = CONTACT_COLUMNS.filter((column) => column.key !== 'email' && column.key !== 'phone');

/** /contacts: filter, sort, page, choose columns, select for bulk actions, export. */
export function ContactListPage() {
  const { canEdit } = useSession();
  const columns = canEdit ? CONTACT_COLUMNS : VIEWER_COLUMNS;
  const { view, setView, variables, filtered } = useContactListView();
  const { data, previousData, loading, error, refetch } = useQuery(ContactListQuery, { variables });
  const connection = (data ?? previousData)?.contacts;
  const { exportCsv, exporting } = useContactExport();
  // The selection belongs to one view: changing filters, sort or page clears it.
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  const clearSelection = () => setSelection({ viewKey, ids: [] });
  const csvColumns = csvColumnsOf(visibleColumnsOf(columns, view.cols));

  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people we work with, where they work and what they take part in."
        actions={
          canEdit && (
            <Button component={Link} to="/contacts/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New contact
            </Button>
          )
        }
      />
      <ContactFilters values={view} onChange={(patch, options) => setView({ ...patch, page: 1 }, options)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <ContactTable
        contacts={connection?.nodes}
        columns={columns}
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
                onClick={() => downloadCsv('contacts-selected.csv', csvColumns, rows)}
              >
                Export selected
              </Button>
              {canEdit && (
                <>
                  <BulkTagButton selection={{ contactIds: rows.map((row) => row.id) }} onDone={clearSelection} />
                  <BulkReassignOwnerButton
                    selection={{ contactIds: rows.map((row) => row.id) }}
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
                title: 'No contact matches these filters',
                action: (
                  <Button variant="default" onClick={() => setView({ ...EMPTY_CONTACT_FILTERS, page: 1 })}>
                    Clear filters
                  </Button>
                ),
              }
            : {
                title: 'No contacts yet',
                description: 'Record the first person you work with, then affiliate them with their organization.',
                action: canEdit && (
                  <Button component={Link} to="/contacts/new">
                    New contact
                  </Button>
                ),
              }
        }
      />
    </>
  );
}
