import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { CONTACT_COLUMNS } from '../components/contactColumns';
import { ContactFilters, EMPTY_CONTACT_FILTERS } from '../components/ContactFilters';
import { ContactTable } from '../components/ContactTable';
import { useContactExport } from '../hooks/useContactExport';
import { useContactListView } from '../hooks/useContactListView';

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
  const listView = useContactListView();
  const { data, previousData, loading, error, refetch } = useQuery(ContactListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.contacts;
  const exporter = useContactExport();

  return (
    <ListPage
      title="Contacts"
      description="The people we work with, where they work and what they take part in."
      noun={{ one: 'contact', many: 'contacts' }}
      createHref="/contacts/new"
      emptyDescription="Record the first person you work with, then affiliate them with their organization."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={EMPTY_CONTACT_FILTERS}
      columns={columns}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <ContactFilters values={listView.view} onChange={onChange} />}
      bulkActions={(contactIds, onDone) => (
        <>
          <BulkTagButton selection={{ contactIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ contactIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <ContactTable
          contacts={connection?.nodes}
          columns={columns}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
